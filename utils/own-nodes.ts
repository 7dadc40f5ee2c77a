/**
 * Nodes the extension adds to a page carry OWN_ATTR, so a snapshot of the page (for extraction)
 * can leave them out and the page's DOM can be returned exactly as it was.
 */
import { CLEAN_ATTR } from '@/utils/live-clean';

export const OWN_ATTR = 'data-sfc-own';

/**
 * The page's HTML as the site sent it plus its scripts' changes, without anything of ours.
 *
 * The copy is made in an inert document (no browsing context: nothing in it loads or runs). A
 * clone made with `cloneNode` belongs to the live page, and every cloned <img> starts a fetch from
 * the content script's world, which the page's CSP does not govern: Chromium fetched an
 * `img-src 'none'` page's tracking pixels (and its 404s again) each time the popup or the reader
 * read the page (tests/e2e/hostile-page.e2e.test.ts). `importNode` copies the same tree, so the
 * HTML, and what is extracted from it, is the same.
 */
export function pageHtmlWithoutOwnNodes(doc: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true);
  root.querySelectorAll(`[${OWN_ATTR}]`).forEach((n) => n.remove());
  root.removeAttribute(CLEAN_ATTR);
  return root.outerHTML;
}
