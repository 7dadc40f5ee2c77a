/**
 * The 责任编辑 line of a non-Sina page, for the Readability fallback (utils/fallback-credits.ts).
 * Readability drops it (tests/e2e/fixtures/other-news-article.html: p.editor-note after
 * div#article-body), so it is READ from the page itself, never changed, and only when it is
 * clearly the article's own line.
 */
import { normText, preorder, TEXT_NODE } from './dom';
import { EDITOR_GAP_CHARS, EDITOR_LINE_TEXT, EDITOR_NEAR_LEVELS } from './sites/cjk-news';
import { EDITOR_STAFF_CODE } from './sites/sina-junk';

/** The name of a whole "责任编辑：X" line (without a Sina staff code, `SN240`), else undefined. */
export function editorName(text: string | null | undefined): string | undefined {
  return EDITOR_LINE_TEXT.exec(normText(text))?.[1]?.replace(EDITOR_STAFF_CODE, '').trim() || undefined;
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');

/** Where the article starts and ends: its first and last paragraphs (≥ 20 characters), squashed. */
interface Ends {
  first: string;
  last: string;
}

/**
 * The editor named by the page's 责任编辑 lines that close the article (see closesArticle), when
 * they all name one person; undefined when there is none or they disagree. `body` is Readability's
 * output, used only to know the article's first and last paragraphs.
 */
export function editorFromPage(page: Document, body: Element): string | undefined {
  const root = page.documentElement;
  const ends = articleEnds(body);
  if (!ends || !root || !(root.textContent ?? '').includes('责任编辑')) return undefined;
  const names = new Set(editorLines(root).filter((l) => closesArticle(l.el, ends)).map((l) => l.name));
  return names.size === 1 ? [...names][0] : undefined;
}

function articleEnds(body: Element): Ends | undefined {
  const ps = Array.from(body.querySelectorAll('p'), (p) => squash(p.textContent)).filter((t) => t.length >= 20);
  const first = ps[0];
  const last = ps[ps.length - 1];
  return first && last ? { first: first.slice(0, 20), last: last.slice(-20) } : undefined;
}

/**
 * The line shares a container with the article below <body> (within EDITOR_NEAR_LEVELS), and
 * comes after its last paragraph with at most EDITOR_GAP_CHARS of text between: a line in another
 * column, or before the article, is not its editor.
 */
function closesArticle(line: Element, ends: Ends): boolean {
  const own = squash(line.textContent);
  let up = line.parentElement;
  for (let i = 0; up && i < EDITOR_NEAR_LEVELS; i++, up = up.parentElement) {
    if (/^(BODY|HTML)$/i.test(up.tagName)) return false;
    const text = squash(up.textContent);
    const start = text.indexOf(ends.first);
    if (start < 0) continue;
    const end = text.indexOf(ends.last, start);
    if (end < 0) return false;
    const after = end + ends.last.length;
    const at = text.indexOf(own, after);
    return at >= 0 && at - after <= EDITOR_GAP_CHARS;
  }
  return false;
}

/** Every element of the page that is a whole 责任编辑 line: found from its text nodes (one walk). */
function editorLines(root: Element): { el: Element; name: string }[] {
  const out: { el: Element; name: string }[] = [];
  for (const n of preorder(root)) {
    if (n.nodeType !== TEXT_NODE || !(n.nodeValue ?? '').includes('责任编辑')) continue;
    const line = lineAround(n);
    if (line) out.push(line);
  }
  return out;
}

/** `<p>责任编辑：<span>X</span></p>` or `<p><span>责任编辑：</span>X</p>`: two levels up at most. */
function lineAround(text: Node): { el: Element; name: string } | undefined {
  let el = text.parentElement;
  for (let i = 0; el && i < 2; i++, el = el.parentElement) {
    if ((el.textContent ?? '').length > 80) return undefined;
    const name = editorName(el.textContent);
    if (name) return { el, name };
  }
  return undefined;
}
