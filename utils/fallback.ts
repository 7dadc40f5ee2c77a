/**
 * Readability fallback: pages that are not Sina (or a Sina template the rules do not know yet)
 * still get reader view and export. Runs @mozilla/readability on a CLONE (Readability rewrites
 * the document it is given), makes every URL absolute, writes the body through the one door
 * (utils/serialize-html.ts) and fills the shared Article model with template `'readability'`.
 */
import { Readability } from '@mozilla/readability';
import { documentDepth, MAX_PAGE_DEPTH } from './depth';
import { takeCredits } from './fallback-credits';
import { dropLegacyHeader, sinaFallbackFacts } from './fallback-sina';
import { headingTitle, isHostName } from './fallback-title';
import type { Article, ExtractResult } from './model';
import { serializeHtml } from './serialize-html';
import { looksLikeSina, stripSinaTitleTail } from './sina-page';
import { siteForHost } from './sites';
import { isSinaUrl } from './url';

/** Below this much text Readability has found a menu or a footer, not an article. */
const MIN_TEXT_CHARS = 80;
/**
 * Above this share of link text it found a home or list page: measured on the corpus, Sina's
 * home pages give 0.70–0.93 (dotaartist-, duenaive-, fightingtop-nonarticle-*), articles ≤ 0.09.
 */
const MAX_LINK_DENSITY = 0.5;

const URL_ATTRS: readonly [string, string][] = [
  ['a', 'href'],
  ['img', 'src'],
  ['img', 'data-src'],
  ['img', 'data-original'],
];

/** Resolved against `base`; an absolute URL stands alone when there is no base (a saved page without URL). */
function absolute(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return URL.canParse?.(value.trim()) ? new URL(value.trim()).href : null;
  }
}

/** The page's own `<base href>` counts (resolved against the page URL), as a browser would do. */
function baseUrlOf(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return (href && absolute(href, url)) || url;
}

/** Lazy images first (`data-src`/`data-original` over a placeholder), then every URL absolute. */
function absolutize(root: Document, base: string): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const lazy = img.getAttribute('data-src') || img.getAttribute('data-original');
    const src = img.getAttribute('src') ?? '';
    if (lazy && (!src || src.startsWith('data:'))) img.setAttribute('src', lazy);
  }
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of Array.from(root.querySelectorAll(`${tag}[${attr}]`))) {
      const abs = absolute(el.getAttribute(attr) ?? '', base);
      if (abs === null) el.removeAttribute(attr);
      else el.setAttribute(attr, abs);
    }
  }
}

function meta(doc: Document, names: string[]): string {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return '';
}

/**
 * An instant as ISO UTC. A time without an offset is read in the site's time zone on a host of a
 * known site (utils/sites), as Beijing time on other `.cn` hosts (UTC+8) and as UTC elsewhere,
 * never as the machine's local time.
 */
export function toIsoUtc(value: string | null | undefined, url: string): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)$/i.test(v) || !/\d{1,2}:\d{2}/.test(v);
  const host = hostOf(url);
  const zone = siteForHost(host)?.timeZone ?? (/\.cn$/i.test(host) ? '+08:00' : 'Z');
  const iso = hasZone ? v : `${v.replace(' ', 'T')}${zone}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function keywords(doc: Document): string[] {
  const raw = meta(doc, ['keywords', 'news_keywords', 'article:tag']);
  const out: string[] = [];
  for (const k of raw.split(/[,，;；、|]/)) {
    const t = k.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function canonical(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href') ?? '';
  const abs = href ? absolute(href, url) : null;
  return abs && /^https?:/i.test(abs) ? abs : url;
}

const textOf = (v: string | null | undefined): string => (v ?? '').replace(/\s+/g, ' ').trim();

/** Sina's legacy titles carry "_读书频道_新浪网"-style suffixes (cwced-*); other sites' are left alone. */
function titleOf(raw: string | null | undefined, sina: boolean): string {
  const t = textOf(raw);
  return sina ? stripSinaTitleTail(t) : t;
}

/** Why Readability's pick is not an article, or '' when it is one. */
function notAnArticle(body: Element): string {
  const text = (body.textContent ?? '').replace(/\s+/g, '');
  if (text.length < MIN_TEXT_CHARS) return 'it has no block of readable text long enough to be an article';
  const links = Array.from(body.querySelectorAll('a'), (a) => (a.textContent ?? '').replace(/\s+/g, '')).join('');
  if (links.length / text.length > MAX_LINK_DENSITY) return 'its main block is mostly links (a home or list page)';
  return '';
}

/**
 * Readability drops a heading that repeats the title, but its similarity test splits words on
 * `\W+`, which finds no words in Chinese: a CJK title came back twice, as the reader's title and
 * again as the body's first heading (tests/e2e/fixtures/other-news-article.html; the corpus page
 * magichtml-mobile-finance.sina.cn-*). Drop the first h1/h2 whose text is the title.
 */
function dropTitleHeading(body: Element, titles: string[]): void {
  const keys = titles.map((t) => t.replace(/\s+/g, '')).filter(Boolean);
  const dup = Array.from(body.querySelectorAll('h1, h2')).find((h) => keys.includes((h.textContent ?? '').replace(/\s+/g, '')));
  dup?.remove();
}

/** og:site_name and the `<title>`'s last `_`/`|` part ("…_东岸财经"): what a 来源 line may repeat. */
function siteNames(doc: Document, siteName: string | undefined): string[] {
  const parts = textOf(doc.querySelector('title')?.textContent).split(/[_|｜]/);
  const tail = parts.length > 1 ? parts[parts.length - 1]?.trim() : undefined;
  return [siteName, tail].filter((n): n is string => Boolean(n));
}

/** Readability on a clone of `doc` → the shared Article model; never mutates `doc`. */
export function readabilityExtract(doc: Document, url: string): ExtractResult {
  // Readability's cost explodes with depth (1,000 nested <div>s: 11 s on linkedom, 90 s on jsdom):
  // refuse at once, so the reader view cannot hang on such a page.
  if (documentDepth(doc, MAX_PAGE_DEPTH) > MAX_PAGE_DEPTH) {
    const message = `No article found on this page: markup nested more than ${MAX_PAGE_DEPTH} levels deep.`;
    return { ok: false, reason: 'no-content', message, template: 'readability' };
  }
  const clone = doc.cloneNode(true) as Document;
  const base = baseUrlOf(clone, url);
  absolutize(clone, base);
  const published = toIsoUtc(meta(clone, ['article:published_time', 'datePublished', 'pubdate', 'publishdate']), url);
  const tags = keywords(clone);
  const sina = isSinaUrl(url) || looksLikeSina(clone); // before Readability rewrites the clone
  const parsed = new Readability(clone, { serializer: (node: Node) => node as Element }).parse();
  const body = parsed?.content;
  const why = body ? notAnArticle(body) : 'Readability found no main content';
  if (!parsed || !body || why) {
    return { ok: false, reason: 'no-content', message: `No article found on this page: ${why}.`, template: 'readability' };
  }
  const pageTitles = [textOf(doc.querySelector('title')?.textContent), meta(doc, ['og:title'])];
  const title = headingTitle(body, doc, pageTitles, textOf(parsed.title)) ?? titleOf(parsed.title, sina);
  dropTitleHeading(body, [title, textOf(parsed.title)]);
  const facts = sina ? sinaFallbackFacts(doc, url) : { categories: [] };
  if (sina) dropLegacyHeader(body, title);
  const when = published ?? toIsoUtc(parsed.publishedTime, url) ?? facts.published;
  const siteName = facts.siteName ?? (textOf(parsed.siteName) || undefined);
  const credits = takeCredits(doc, body, { byline: textOf(parsed.byline), published: when, siteNames: siteNames(doc, siteName) });
  if (credits.author && isHostName(credits.author)) delete credits.author; // a host names no author
  if (!credits.source && facts.source) credits.source = facts.source;
  const html = serializeHtml(body).trim();
  const leadImage = body.querySelector('img[src^="http"]')?.getAttribute('src') ?? undefined;
  const article: Article = {
    title,
    url: canonical(clone, url),
    published: when,
    ...credits,
    siteName,
    lang: textOf(parsed.lang) || undefined,
    categories: facts.categories,
    tags,
    leadImage,
    html,
    template: 'readability',
  };
  return { ok: true, article, report: { template: 'readability', matched: {}, removed: 0, hidden: 0 } };
}
