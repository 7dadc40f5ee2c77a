/**
 * Is a saved page Sina's, judged from its DOM alone? For pages that come without a URL and
 * without canonical/og:url (a quote page or a search page saved from the browser, the 2004–2005
 * GB2312 pages). Cheap: two lookups and the first few nodes of the document. Only pages that
 * match no template and come with no Sina URL get here.
 */
import { COMMENT_NODE, preorder } from './dom';
import { ARTICLE_STAMP, SINA_PAGE_MARKERS, SINA_TITLE_TAIL } from './sites/sina';

/** Sina's `<title>` suffix or a favicon on a Sina host. */
export function looksLikeSina(doc: Document): boolean {
  // Not only <head>: the cwced-* pages are wrapped in a <text> element, jsdom moves it to <body>.
  const title = doc.querySelector('title')?.textContent ?? '';
  return SINA_PAGE_MARKERS.title.test(title) || doc.querySelector(SINA_PAGE_MARKERS.icon) !== null;
}

/** Nodes (document order) to look through: the stamp sits before <html>, but happy-dom hoists the
 * wrapped head (6 style/script elements in cwced-legacy2005-*-house-*) ahead of it. */
const STAMP_WINDOW = 64;

/** The CMS stamp of a Sina article page, a comment before <html> (see ARTICLE_STAMP). */
export function hasArticleStamp(doc: Document): boolean {
  // Bounded pre-order walk: the cwced-* pages nest it in their <text> wrapper (in <body> on jsdom).
  let seen = 0;
  for (const n of preorder(doc)) {
    if (n.nodeType === COMMENT_NODE && ARTICLE_STAMP.test((n.nodeValue ?? '').trim())) return true;
    if (++seen >= STAMP_WINDOW) break;
  }
  return false;
}

/** "投身外交(3)_读书频道_新浪网" → "投身外交(3)"; a title that is only the suffix is kept. */
export function stripSinaTitleTail(title: string): string {
  const stripped = title.replace(SINA_TITLE_TAIL, '').trim();
  return stripped || title;
}
