/**
 * Starts the element picker in a tab from the popup. The host permission is asked for first, in
 * the click itself (a browser grants only from a user gesture); for Sina hosts it is held already
 * and the request answers at once without a prompt.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/protocol/messages';
import { matchPatternsFor } from '@/utils/user-rules';

export async function launchPicker(tabId: number, host: string, kind: 'hide' | 'article'): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: matchPatternsFor([host]) });
  if (!granted) return false;
  await sendMessage('userRulePick', { tabId, kind });
  return true;
}
