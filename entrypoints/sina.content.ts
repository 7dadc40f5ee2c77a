/**
 * The always-on script on Sina hosts (must stay < 20 KB minified: detect + live-clean + settings +
 * messaging only; extraction, Readability, Preact and the reader load in extension pages instead).
 */
import { SINA_MATCHES } from '@/utils/hosts';
import { ignoreForgedStart } from '@/lib/page/ignore-forged-start';
import { startLiveCleaner } from '@/lib/page/live-cleaner';
import { createReaderOverlay } from '@/lib/page/reader-overlay';
import { registerTabHandlers } from '@/lib/page/tab-handlers';
import { SINA_LIVE_RULES } from '@/utils/sina-live-rules';

export default defineContentScript({
  matches: SINA_MATCHES,
  runAt: 'document_start',
  // WXT's extra postMessage of its "started" event would tell every page our id
  // (lib/page/ignore-forged-start.ts).
  noScriptStartedPostMessage: true,
  main(wxtCtx) {
    const ctx = ignoreForgedStart(wxtCtx);
    const reader = createReaderOverlay(ctx, document);
    const cleaner = startLiveCleaner(ctx, document, location.href, {
      openReader: () => void reader.open().catch(() => undefined),
    }, SINA_LIVE_RULES);
    registerTabHandlers(ctx, document, reader, () => ({ ...cleaner.state(), host: cleaner.host }));
  },
});
