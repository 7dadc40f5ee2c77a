/**
 * The title of a page we do not know (utils/fallback.ts): the article's own heading rather than
 * the `<title>` with its site suffix ("…_澎湃新闻-The Paper", "…-新华网", "…_东岸财经").
 * Readability turns the body's h1 into h2; the page's h1 may be a logo. A heading is the title
 * when the `<title>`/og:title starts with it, or it holds Readability's own (often cut) title.
 */
import { normText } from './dom';

/** Text without spaces of any kind, for comparing titles and headings. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0]+/g, '');

/** Longest heading text taken for a title; a longer "heading" is a paragraph in a heading tag. */
const MAX_TITLE_CHARS = 120;
/** Readability's title must be this long to vouch for a heading that contains it. */
const MIN_VOUCH_CHARS = 4;

function isTitleHeading(heading: string, pageTitles: readonly string[], readabilityTitle: string): boolean {
  const h = squash(heading);
  if (!h || heading.length > MAX_TITLE_CHARS) return false;
  const r = squash(readabilityTitle);
  return pageTitles.some((t) => squash(t).startsWith(h)) || (r.length >= MIN_VOUCH_CHARS && h.includes(r));
}

/**
 * The heading that is the article's title: first in Readability's body (h1/h2), else among the
 * page's h1s; undefined when none qualifies.
 */
export function headingTitle(body: Element, page: Document, pageTitles: readonly string[], readabilityTitle: string): string | undefined {
  const candidates = [...body.querySelectorAll('h1, h2')].slice(0, 1).concat([...page.querySelectorAll('h1')]);
  const hit = candidates.find((h) => isTitleHeading(normText(h.textContent), pageTitles, readabilityTitle));
  return hit ? normText(hit.textContent) : undefined;
}

/** A byline that is a host or a domain ("news.example.org", "https://www.x.cn/") names no person. */
export function isHostName(author: string): boolean {
  return /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i.test(author.trim());
}
