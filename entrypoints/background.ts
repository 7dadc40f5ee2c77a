/**
 * Background: saves files (lib/background/downloads.ts), tells a content script its tab id, relays
 * the reader page's requests to its tab. The e2e build also opens the popup page in a tab for the
 * Firefox tests (see tests/e2e/support/firefox.ts).
 */
import { browser } from 'wxt/browser';
import { setupBatchSave } from '@/lib/background/batch-background';
import { setupClipper } from '@/lib/background/clipper-background';
import { setupUserRules } from '@/lib/background/user-rules-background';
import { saveFile } from '@/lib/background/downloads';
import { setupSiteAccess } from '@/lib/background/site-access';
import { onMessage, sendMessage, toTab } from '@/lib/protocol/messages';

/** A reader frame may only reach the tab it is in (when the browser says which tab that is). */
function ownTab(requested: number, senderTab: number | undefined): number {
  if (senderTab !== undefined && senderTab !== requested) throw new Error('reader may only read its own tab');
  return requested;
}

export default defineBackground(() => {
  setupClipper(); // menus, commands, save with images
  setupBatchSave(); // "save all open articles": the loop runs here, not in the popup
  setupSiteAccess(); // the live cleaner on the other sites the user granted
  setupUserRules(); // rules the user added: stored, checked, applied by a run-time page script
  onMessage('download', ({ data }) => saveFile(data));
  onMessage('getSenderTabId', ({ sender }) => sender.tab?.id ?? -1);
  // The tab checks the reader frame's key (lib/page/reader-overlay.ts): only its own overlay's
  // frame gets an answer.
  onMessage('readerSnapshot', ({ data, sender }) => sendMessage('getReaderSnapshot', data.key, toTab(ownTab(data.tabId, sender.tab?.id))));
  onMessage('readerClose', ({ data, sender }) => sendMessage('closeReader', data.key, toTab(ownTab(data.tabId, sender.tab?.id))));
  if (import.meta.env.MODE === 'e2e') {
    onMessage('e2eOpenPopup', async ({ sender }) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${sender.tab?.id ?? -1}` });
    });
  }
});
