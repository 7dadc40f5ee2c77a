/**
 * The always-on script on Sina hosts (must stay < 20 KB minified: detect + live-clean + settings +
 * messaging only; extraction, Readability, Preact and the reader load in extension pages instead).
 */
import { SINA_MATCHES } from '@/lib/hosts';
import { startLiveCleaner } from '@/lib/live-cleaner';
import { createReaderOverlay } from '@/lib/reader-overlay';
import { registerTabHandlers } from '@/lib/tab-handlers';

export default defineContentScript({
  matches: SINA_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const reader = createReaderOverlay(ctx, document);
    const cleaner = startLiveCleaner(ctx, document, location.href, {
      openReader: () => void reader.open().catch(() => undefined),
    });
    registerTabHandlers(ctx, document, reader, () => ({ ...cleaner.state(), host: cleaner.host }));
  },
});
