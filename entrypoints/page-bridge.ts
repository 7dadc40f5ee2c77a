/**
 * Injected on demand (popup/reader, `scripting.executeScript`) into pages the always-on script does
 * not cover — non-Sina news pages for the Readability fallback. It only answers the tab side of the
 * protocol and mounts the reader overlay; it never cleans anything.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createReaderOverlay } from '@/lib/reader-overlay';
import { registerTabHandlers } from '@/lib/tab-handlers';

declare global {
  interface Window {
    __sfcBridge?: boolean;
  }
}

export default defineUnlistedScript(() => {
  if (window.__sfcBridge) return; // injected twice: the first copy already answers
  window.__sfcBridge = true;
  const ctx = new ContentScriptContext('page-bridge');
  const reader = createReaderOverlay(ctx, document);
  registerTabHandlers(ctx, document, reader, () => ({
    detection: { site: 'other' },
    cleaning: false,
    removed: 0,
    hidden: 0,
    host: location.hostname,
  }));
});
