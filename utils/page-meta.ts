/**
 * Article metadata read from the page (never modified): title, time, source, byline,
 * categories, keywords, URL. Body-derived facts (editor, 原标题, tickers) come from
 * clean-fragment.ts; extract.ts merges both.
 */
import { firstTextOf, headOf, normText } from './dom';
import { publishedTime } from './published-time';
import { siteName } from './sites';
import { SINA } from './sites/sina';
import { FINANCE_PREFIX, NEWS_PREFIX, SINA_NOT_KEYWORDS } from './sites/sina-channels';
import type { TemplateRule } from './sites/types';
import { categoryFromUrl, parseUrl } from './url';

export interface PageMeta {
  title: string;
  published?: string;
  /** The meta's later time when the page shows an earlier one (utils/published-time.ts). */
  updated?: string;
  source?: string;
  author?: string;
  categories: string[];
  keywords: string[];
}

function meta(doc: Document, key: string): string | undefined {
  const el = headOf(doc).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content') ?? undefined;
}

/** `<title>` without the channel suffix: `标题_新浪财经_新浪网`, `标题|kw|kw_新浪新闻`. */
export function titleFromTitleTag(doc: Document): string {
  return normText(doc.querySelector('title')?.textContent).split(/[_|]/)[0]?.trim() ?? '';
}

export function readPageMeta(doc: Document, rule: TemplateRule, url: string): PageMeta {
  // One traversal for every metadata selector of the template (see matchTemplate in detect.ts).
  const all = [...rule.title, ...rule.date, ...rule.source, ...rule.author, ...rule.breadcrumb];
  const found = [...doc.querySelectorAll(all.join(', '))];
  const title = firstTextOf(found, rule.title) || normText(meta(doc, 'og:title')) || titleFromTitleTag(doc);
  const out: PageMeta = { title, categories: readCategories(found, rule, url), keywords: readKeywords(doc, title) };
  const times = { meta: meta(doc, 'article:published_time'), visible: firstTextOf(found, rule.date), createdAt: meta(doc, 'weibo: article:create_at') };
  Object.assign(out, publishedTime(times));
  const source = readSource(found, rule);
  if (source) out.source = source;
  const author = firstTextOf(found, rule.author).replace(/^作者\s*[：:]\s*/, '');
  if (author) out.author = author;
  return out;
}

/** Source text; `.time-source` holds "2016年05月25日10:10 新浪财经": the date part is cut off. */
function readSource(found: readonly Element[], rule: TemplateRule): string | undefined {
  const t = firstTextOf(found, rule.source)
    .replace(/^\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*(\d{1,2}[:：]\d{2}([:：]\d{2})?)?/, '')
    .replace(/^来源\s*[：:]\s*/, '')
    .trim();
  return t || undefined;
}

/** From the URL path (CHANNELS); the breadcrumb's first link only when the path is unknown. */
function readCategories(found: readonly Element[], rule: TemplateRule, url: string): string[] {
  const fromUrl = categoryFromUrl(url);
  if (fromUrl) return [fromUrl];
  const crumb = firstTextOf(found, rule.breadcrumb);
  if (!crumb) return [];
  const host = parseUrl(url)?.hostname ?? '';
  return [(host.startsWith('news.') ? NEWS_PREFIX : FINANCE_PREFIX) + crumb];
}

/** The site's name for display (SINA.names): `新浪新闻` on news.sina.com.cn, `新浪财经` on finance.*, else `新浪网`. */
export function sinaSiteName(url: string): string {
  return siteName(SINA, parseUrl(url)?.hostname ?? '');
}

const NOT_KEYWORDS = new Set(SINA_NOT_KEYWORDS);

/** meta keywords, then `#keywords[data-wbkey]`; a keywords meta that just repeats the title is skipped. */
function readKeywords(doc: Document, title: string): string[] {
  const wbkey = doc.querySelector('#keywords[data-wbkey]')?.getAttribute('data-wbkey');
  const words = [meta(doc, 'keywords'), wbkey]
    .flatMap((s) => (s ?? '').split(/[,，]/))
    .map((w) => normText(w))
    .filter((w) => w && w !== title && !NOT_KEYWORDS.has(w));
  return [...new Set(words)];
}
