/**
 * Nodes the extension adds to a page carry OWN_ATTR, so a snapshot of the page (for extraction)
 * can leave them out and the page's DOM can be returned exactly as it was.
 */
import { CLEAN_ATTR } from '@/utils/live-clean';

export const OWN_ATTR = 'data-sfc-own';

/** The page's HTML as the site sent it plus its scripts' changes, without anything of ours. */
export function pageHtmlWithoutOwnNodes(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  root.querySelectorAll(`[${OWN_ATTR}]`).forEach((n) => n.remove());
  root.removeAttribute(CLEAN_ATTR);
  return root.outerHTML;
}
