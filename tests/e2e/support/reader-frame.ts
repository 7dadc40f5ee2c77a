/** Waiting for the reader view in a page (the frame the extension mounts over it, see lib/page/reader-overlay.ts). */
import { waitFor, type E2eFrame, type E2ePage } from '../../../support/browser/harness';

/**
 * The reader frame once it shows the article. The frame is looked up again on every try: Chromium
 * swaps a new iframe's initial in-process frame for the extension's out-of-process one, and the
 * driver's first Frame object can be detached under us.
 */
export async function readerShowingArticle(page: E2ePage, timeoutMs = 20000): Promise<E2eFrame> {
  return waitFor(async () => {
    const frame = await page.readerFrame();
    const ready = await frame?.evaluate(() => Boolean(document.querySelector('main[data-state="article"] h1')?.textContent));
    return ready ? frame : null;
  }, 'reader frame showing the article', timeoutMs);
}
