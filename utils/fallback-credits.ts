/**
 * Author, 来源 and 责任编辑 for the Readability fallback on Chinese news pages (utils/fallback.ts),
 * the way the Sina rules treat them: the byline without its job word (记者 …), the page's header
 * line that Readability leaves at the top of the body taken out when it only repeats the metadata,
 * the 责任编辑 line read as the editor and kept out of the body. Seen on
 * tests/e2e/fixtures/other-news-article.html. Edits only Readability's output (a detached clone);
 * the page itself is only READ (the editor line that Readability dropped).
 */
import { parseSinaDate } from './dates';
import { drop, normText, preorder, TEXT_NODE } from './dom';
import { editorFromPage, editorName } from './fallback-editor';
import { readCredits } from './fragment-credits';
import {
  BYLINE_LINE_MAX_CHARS,
  BYLINE_ROLE_PREFIX,
  BYLINE_TRAILER,
  DATE_MATCH_MS,
  DATE_TOKEN,
  PROSE_PUNCT,
} from './sites/cjk-news';

export interface CreditContext {
  /** Readability's byline, as text. */
  byline: string;
  /** The article's published instant (ISO UTC), if known. */
  published?: string;
  /** Names the site goes by (og:site_name, the `<title>`'s tail): a 来源 equal to one is metadata. */
  siteNames: string[];
}

export interface FallbackCredits {
  author?: string;
  source?: string;
  editor?: string;
}

/** Edits `body` (Readability's output); reads `page`. */
export function takeCredits(page: Document, body: Element, ctx: CreditContext): FallbackCredits {
  const out: FallbackCredits = {};
  const bodyEditor = takeEditorLines(body);
  const source = takeLeadingByline(body, ctx);
  const bylineEditor = editorName(ctx.byline);
  const editor = bodyEditor ?? editorFromPage(page, body) ?? bylineEditor;
  // Readability sometimes takes the editor line for the byline (pages/gne-news-2019-09-07-*).
  const author = bylineEditor ? '' : cleanByline(ctx.byline);
  if (author) out.author = author;
  if (source) out.source = source;
  if (editor) out.editor = editor;
  return out;
}

/** "本报记者 张三 李四 报道" → "张三 李四"; a byline without a job word comes back as it is. */
export function cleanByline(byline: string): string {
  let t = normText(byline);
  const role = BYLINE_ROLE_PREFIX.find((re) => re.test(t));
  if (role) t = t.replace(role, '');
  return t.replace(BYLINE_TRAILER, '').trim();
}

const LINE_TAGS = 'p, div, span, section, footer, li';

/** 责任编辑 lines Readability kept (pages/magichtml-news-c-*): removed, the first name returned. */
function takeEditorLines(body: Element): string | undefined {
  let name: string | undefined;
  for (const el of Array.from(body.querySelectorAll(LINE_TAGS))) {
    if (!body.contains(el) || (el.textContent ?? '').length > 80) continue;
    const n = editorName(el.textContent);
    if (!n) continue;
    name ??= n;
    removeWithEmptyParents(el, body);
  }
  return name;
}

const BLOCK = /^(P|DIV|SECTION|HEADER|LI|H[1-6]|BLOCKQUOTE|TD|TH|FIGCAPTION|ADDRESS)$/i;
const MEDIA = 'img, picture, video, audio, table, iframe, object, embed, svg';

/**
 * The header line at the top of the body ("来源：东岸财经 2024年03月20日 09:35"): its 来源 is the
 * article's source. The line is removed only when it is short, the body's first text, nothing but
 * 来源 and a date, and matches the page's metadata (date ≈ published, or 来源 = the site's name).
 */
function takeLeadingByline(body: Element, ctx: CreditContext): string | undefined {
  const block = leadingBlock(body);
  const line = block ? readBylineLine(block) : undefined;
  if (!block || !line) return undefined;
  const dateOk = line.when !== undefined && ctx.published !== undefined &&
    Math.abs(Date.parse(line.when) - Date.parse(ctx.published)) <= DATE_MATCH_MS;
  const dateClash = line.when !== undefined && ctx.published !== undefined && !dateOk;
  const sourceOk = ctx.siteNames.includes(line.source);
  if (!dateClash && (dateOk || sourceOk)) removeWithEmptyParents(block, body);
  return line.source;
}

/** The block holding the body's first text (no picture or table in it), else undefined. */
function leadingBlock(body: Element): Element | undefined {
  for (const n of preorder(body)) {
    if (n.nodeType !== TEXT_NODE || !normText(n.nodeValue)) continue;
    let el = n.parentElement;
    while (el && el !== body && !BLOCK.test(el.tagName)) el = el.parentElement;
    return el && el !== body && !el.querySelector(MEDIA) ? el : undefined;
  }
  return undefined;
}

/** "来源：X" plus date/time tokens only → { source, when }; anything else → undefined. */
function readBylineLine(block: Element): { source: string; when?: string } | undefined {
  const text = normText(block.textContent);
  if (!text || text.length > BYLINE_LINE_MAX_CHARS || PROSE_PUNCT.test(text)) return undefined;
  const tokens = text.split(' ');
  const dates = tokens.filter((t) => DATE_TOKEN.test(t));
  const when = dates.length > 0 ? parseSinaDate(dates.join(' ')) : undefined;
  if (dates.length > 0 && !when) return undefined;
  const rest = tokens.filter((t) => !DATE_TOKEN.test(t)).join(' ');
  const source = sourceOf(block.ownerDocument, rest);
  return source ? { source, ...(when ? { when } : {}) } : undefined;
}

/** Sina's own 来源 reading (readCredits: `来源：x`, `来源|x`, `来源丨x`, cut before 作者/编辑…), on a detached `<p>`. */
function sourceOf(doc: Document, line: string): string | undefined {
  const wrap = doc.createElement('div');
  const p = doc.createElement('p');
  p.textContent = line;
  wrap.appendChild(p);
  return readCredits(wrap).source;
}

/** Remove `el`, then the wrappers it leaves without text or media (not `root`). */
function removeWithEmptyParents(el: Element, root: Element): void {
  let parent: Element | null = el.parentElement;
  drop(el);
  while (parent && parent !== root && !normText(parent.textContent) && !parent.querySelector(MEDIA)) {
    const up: Element | null = parent.parentElement;
    drop(parent);
    parent = up;
  }
}
