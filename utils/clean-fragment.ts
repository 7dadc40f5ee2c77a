/**
 * Clean a detached Sina article root (`#artibody`, `#article`, `.art_content`) in place with
 * the site rules, and report what it learned. Used by extractArticle (on a clone) and by the
 * archive-repair command (on post bodies like ../shared/seed/seed-post.md). Idempotent.
 */
import { collectComments, drop, normText, TEXT_NODE, toText, unwrap } from './dom';
import { fixMedia, firstImage } from './fragment-media';
import { postersForPlayers } from './fragment-video';
import { readCredits } from './fragment-credits';
import { takeEditor } from './fragment-editor';
import { ARTICLE_JUNK, OLDER_STORY_LINE, STOCK_SPAN } from './sites/sina-junk';

export interface FragmentResult {
  editor?: string;
  source?: string;
  originalTitle?: string;
  tags: string[];
  leadImage?: string;
  removed: number;
}

/** FragmentResult plus the per-selector match counts that go into RuleReport.matched. */
export interface FragmentReport extends FragmentResult {
  matched: Record<string, number>;
}

export function cleanArtibody(root: Element, baseUrl: string): FragmentResult {
  const { matched: _matched, ...result } = cleanFragment(root, baseUrl);
  return result;
}

/** `junk`: the site's drop list (Sina's by default; another site's from utils/extract-site.ts). */
export function cleanFragment(root: Element, baseUrl: string, junk: readonly string[] = ARTICLE_JUNK): FragmentReport {
  const commentTickers: string[] = [];
  const matched: Record<string, number> = {};
  let removed = dropComments(root, commentTickers);
  removed += dropPromoBlockquotes(root);
  removed += dropOlderStoryLines(root);
  postersForPlayers(root); // before the player markup goes as junk
  removed += dropJunk(root, matched, junk);
  const editor = takeEditor(root, matched);
  removed += editor.removed;
  const tickers = unlinkStocks(root, matched);
  removed += dropHidden(root);
  fixMedia(root, baseUrl);
  const credits = readCredits(root);
  removed += dropEmpty(root);
  normalizeWhitespace(root);
  const tags = [...new Set([...tickers, ...commentTickers])];
  const out: FragmentReport = { tags, removed, matched };
  if (editor.name) out.editor = editor.name;
  if (credits.source) out.source = credits.source;
  if (credits.originalTitle) out.originalTitle = credits.originalTitle;
  const lead = firstImage(root);
  if (lead) out.leadImage = lead;
  return out;
}

/**
 * One traversal for all junk selectors (speed: 24 separate querySelectorAll calls cost more than
 * the rest of the cleaning), then each hit is attributed to the selectors it matches, so
 * RuleReport.matched still counts per selector. Nodes inside an already removed node are counted
 * (they matched) but not removed twice.
 */
function dropJunk(root: Element, matched: Record<string, number>, junk: readonly string[]): number {
  for (const sel of junk) matched[sel] = 0;
  const hits = junk.length ? [...root.querySelectorAll(junk.join(', '))] : [];
  for (const el of hits) for (const sel of junk) if (el.matches(sel)) matched[sel] = (matched[sel] ?? 0) + 1;
  let n = 0;
  for (const el of hits) if (root.contains(el)) n += drop(el);
  return n;
}

/**
 * Every comment goes (`<!-- 正文下iframe -->`, `<!--article_adlist[…]article_adlist-->` with
 * HTML inside, and the unterminated adlist of posts/sina-dongguan-broken-adlist-empty-p.md).
 * `<!-- news_keyword_pub,stock,sz300832 -->` gives tickers first.
 */
function dropComments(root: Element, tickers: string[]): number {
  const comments = collectComments(root);
  for (const c of comments) {
    const m = /news_keyword_pub,stock,([^>]*)/.exec(c.data);
    if (m?.[1]) tickers.push(...m[1].split(',').map((s) => s.trim()).filter((s) => /^[a-z]{2}\w+$/i.test(s)));
    drop(c);
  }
  return comments.length;
}

/** 金麒麟 promos: `炒股就看金麒麟分析师研报…` (posts/sina-catl-*), jqlblock_cls lists (posts/sina-esop-*). */
function dropPromoBlockquotes(root: Element): number {
  let n = 0;
  for (const bq of root.querySelectorAll('blockquote')) {
    const text = normText(bq.textContent);
    const promo =
      bq.querySelector('p.jqlblock_cls') !== null ||
      text.startsWith('炒股就看') ||
      bq.querySelector('a[href*="jinqilin"]') !== null;
    if (promo) n += drop(bq);
  }
  return n;
}

/** "此前报道：<a>…</a>": a pointer to an older story, not article text (see OLDER_STORY_LINE). */
function dropOlderStoryLines(root: Element): number {
  let n = 0;
  for (const p of root.querySelectorAll('p')) {
    const text = normText(p.textContent);
    if (OLDER_STORY_LINE.some((re) => re.test(text)) && p.querySelector('a[href]') !== null) n += drop(p);
  }
  return n;
}

/** Stock keyword links become plain text; `span#stock_sz300832` gives the tag `sz300832`. */
function unlinkStocks(root: Element, matched: Record<string, number>): string[] {
  const spans = [...root.querySelectorAll(STOCK_SPAN)];
  matched[STOCK_SPAN] = spans.length;
  const tickers = spans.map((s) => s.id.replace(/^(us|hk)?stock_/, '')).filter(Boolean);
  for (const a of root.querySelectorAll('a.keyword')) toText(a);
  for (const s of spans) unwrap(s);
  return tickers;
}

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(px|pt|em)?\s*(;|$))/i;

/** Anti-copy text and hidden blocks: inline `display:none`, `visibility:hidden`, `font-size:0`, `hidden`. */
function dropHidden(root: Element): number {
  let n = 0;
  for (const el of root.querySelectorAll('[style], [hidden]')) {
    if (el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) n += drop(el);
  }
  return n;
}

const MEDIA = 'img, video, audio, table, svg, picture, object, embed, hr';
const INLINE = /^(span|font|strong|b|em|i)$/i;
const EMPTY_CANDIDATES = 'p, div, span, font, strong, b, em, i, section, blockquote, h1, h2, h3, h4, h5, h6';

/** Paragraphs and wrappers with no text (U+3000, NBSP and spaces count as none) and no media. */
function dropEmpty(root: Element): number {
  const els = [...root.querySelectorAll(EMPTY_CANDIDATES)].reverse();
  let n = 0;
  for (const el of els) {
    if (normText(el.textContent) !== '' || el.querySelector(MEDIA) !== null) continue;
    const ws = el.textContent ?? '';
    // An inline wrapper holding only spaces still separates two words: keep the space as text.
    if (ws && INLINE.test(el.tagName)) el.parentNode?.replaceChild(el.ownerDocument.createTextNode(ws), el);
    else drop(el);
    n++;
  }
  return n;
}

/**
 * Line ends as a spec parser leaves them (CRLF → LF: linkedom keeps `\r`, browsers and jsdom do
 * not, pages/magichtml-finance-forex-2016-*), and whitespace between top-level blocks reduced to
 * one newline, so every DOM library gives the same HTML.
 */
function normalizeWhitespace(root: Element): void {
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const t = n.textContent ?? '';
        const blank = el === root && /^[ \t\r\n]*$/.test(t);
        // two blank runs left side by side by a removed block become one
        if (blank && n.previousSibling?.nodeType === TEXT_NODE && n.previousSibling.textContent === '\n') {
          const prev = n.previousSibling;
          el.removeChild(prev);
        }
        const v = blank ? '\n' : t.replace(/\r\n?/g, '\n');
        if (v !== t) n.textContent = v;
      } else if (n.nodeType === 1) walk(n as Element);
    }
  };
  walk(root);
}
