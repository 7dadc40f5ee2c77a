/**
 * Background: saves files (lib/downloads.ts) and tells a content script its tab id. The e2e build
 * also opens the popup page in a tab for the Firefox tests (see tests/e2e/support/firefox.ts).
 */
import { browser } from 'wxt/browser';
import { saveFile } from '@/lib/downloads';
import { onMessage } from '@/lib/messaging';

export default defineBackground(() => {
  onMessage('download', ({ data }) => saveFile(data));
  onMessage('getSenderTabId', ({ sender }) => sender.tab?.id ?? -1);
  if (import.meta.env.MODE === 'e2e') {
    onMessage('e2eOpenPopup', async ({ sender }) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${sender.tab?.id ?? -1}` });
    });
  }
});
