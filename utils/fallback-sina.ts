/**
 * What the Readability fallback (utils/fallback.ts) can still say of a Sina page no template
 * knows: the channel (categories and site name from the URL, or from the `<title>`'s channel
 * tail), and on the 2004–2005 pages the line under the headline with the visible date and source
 * (LEGACY_CREDIT_LINE in ./sites/sina.ts). Reads the page only.
 */
import { parseSinaDate } from './dates';
import { normText } from './dom';
import { squash } from './fallback-title';
import { sinaSiteName } from './page-meta';
import { LEGACY_CREDIT_LINE, SINA_TITLE_TAIL } from './sites/sina';
import { categoryFromUrl } from './url';

export interface SinaFallbackFacts {
  categories: string[];
  siteName?: string;
  published?: string;
  source?: string;
}

/** "…以钱生钱(图)_新浪房产_新浪网" → "新浪房产", "…__商贸_产业资讯_新浪网" → "产业资讯". */
function channelFromTitle(doc: Document): string | undefined {
  const title = normText(doc.querySelector('title')?.textContent);
  const tail = SINA_TITLE_TAIL.exec(title)?.[0] ?? '';
  const parts = tail.split('_').map((p) => p.trim()).filter((p) => p && !/^新浪(?:网|财经)$/.test(p));
  return parts[parts.length - 1];
}

/** The 2005 line "http://house.sina.com.cn 2005年03月31日03:18 <font>北京娱乐信报</font>". */
function legacyCreditLine(doc: Document): { published?: string; source?: string } {
  const mark = doc.querySelector(LEGACY_CREDIT_LINE.source);
  const line = mark?.parentElement;
  const published = parseSinaDate(line?.textContent);
  if (!mark || !published) return {};
  const source = normText(mark.textContent).replace(/^《(.+)》$/, '$1');
  return source ? { published, source } : { published };
}

export function sinaFallbackFacts(doc: Document, url: string): SinaFallbackFacts {
  const category = categoryFromUrl(url);
  const siteName = url ? sinaSiteName(url) : channelFromTitle(doc);
  return { categories: category ? [category] : [], ...(siteName ? { siteName } : {}), ...legacyCreditLine(doc) };
}

/**
 * Readability keeps the 2005 headline cell and the credit line in its pick: they are the title,
 * date and source now, so their table rows leave the body (`body` is Readability's detached output).
 */
export function dropLegacyHeader(body: Element, title: string): void {
  const key = squash(title);
  for (const cell of [...body.querySelectorAll(LEGACY_CREDIT_LINE.headline)]) {
    if (key && squash(cell.textContent) === key) (cell.closest('tr') ?? cell).remove();
  }
  for (const mark of [...body.querySelectorAll(LEGACY_CREDIT_LINE.sourceInBody)]) {
    const line = mark.parentElement;
    if (line && body.contains(line) && parseSinaDate(line.textContent)) (line.closest('tr') ?? line).remove();
  }
}
