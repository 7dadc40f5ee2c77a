/**
 * Sina as one site rule (SINA, listed by ./index.ts): hosts, article URL shapes, non-article URL
 * shapes here; page templates in ./sina-templates.ts, junk in ./sina-junk.ts, channel and site
 * names in ./sina-channels.ts. The always-on content script imports single constants of these
 * files, never SINA itself (its size budget: tests/core/bundle-size.test.ts).
 * One pattern per line, each saying what it is and the fixture it was seen on
 * (fixtures are in ../shared/corpus/pages unless stated).
 */
import { CHANNELS, SITE_NAMES } from './sina-channels';
import { EDITOR_LINE, JUNK } from './sina-junk';
import { TEMPLATES } from './sina-templates';
import type { NotArticleUrl, SinaRule } from './types';

export { TEMPLATES };

/** `*.sina.com.cn` and `*.sina.cn`, and the bare domains. */
export const SINA_HOSTS: readonly string[] = ['sina.com.cn', 'sina.cn'];

/** ARTICLE_URL as path globs for match patterns: doc-i….shtml (desktop, news), detail-i….d.html (mobile). */
export const SINA_ARTICLE_GLOBS: readonly string[] = ['*doc-i*.shtml', '*detail-i*.d.html'];

/** Article URLs: `doc-i<id>.shtml` (desktop, news) and `detail-i<id>.d.html` (mobile). */
export const ARTICLE_URL = /\/(?:doc|detail)-(i[a-z0-9]+)\.(?:shtml|d\.html)$/i;

/** 2004–2013 article URLs (`/g/20050321/11211433.shtml`): no rule knows them, fallback may try. */
export const LEGACY_ARTICLE_URL = /\/(?:\d{8}|\d{4}-\d{2}-\d{2})\/\d+\.s?html$/i;

/** Sina pages that are never articles; checked before the DOM. */
export const NOT_ARTICLE_URLS: readonly NotArticleUrl[] = [
  // quote/market data pages, e.g. vip.stock.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519
  { pattern: /^https?:\/\/(vip\.stock\.finance|money\.finance|stock\.finance|biz\.finance|quotes?|hq)\.sina\.(com\.)?cn\//i, reason: 'quotes' },
  // stock quote pages on the main host, e.g. finance.sina.com.cn/realstock/company/sz300832/nc.shtml (seed's stock link)
  { pattern: /^https?:\/\/finance\.sina\.com\.cn\/realstock\//i, reason: 'quotes' },
  // search results (luomumzh-nonarticle-search-result-2022-01-11.html)
  { pattern: /^https?:\/\/search\.sina\.com\.cn\//i, reason: 'search' },
  // video and picture galleries
  { pattern: /^https?:\/\/(video|slide\.[a-z]+|photo)\.sina\.(com\.)?cn\//i, reason: 'video-or-gallery' },
  // 7x24 live feed (finance.sina.com.cn/7x24/) and live rooms
  { pattern: /\/(7x24|zhibo|live)(\/|$)/i, reason: '7x24' },
];

/**
 * DOM evidence that a saved page (no canonical/og:url, no URL given) is Sina's. Either is enough.
 */
export const SINA_PAGE_MARKERS = {
  // <title> site suffix: "…(600519)财务摘要_新浪财经_新浪网" (kx724-nonarticle-*),
  // "新闻搜索_新浪搜索_新浪网" (luomumzh-nonarticle-*), "…_读书频道_新浪网" (cwced-legacy2004-*);
  // the portal's home page is just "新浪首页" (duenaive-nonarticle-www-home-*)
  title: /_新浪(?:网|财经)\s*$|^\s*新浪首页\s*$/,
  // favicon on a Sina host: <link rel="shortcut icon" href="https://search.sina.com.cn/favicon.ico"> (luomumzh-*)
  icon: 'link[rel~="icon"][href*=".sina.com.cn/"], link[rel~="icon"][href*=".sina.cn/"]',
} as const;

/**
 * Sina's CMS stamp on an ARTICLE page, a comment before <html>:
 * `<!--[112,3,114366] published at 2004-10-13 14:01:37 from #009 by system-->` (cwced-*, all
 * three). Home pages carry `<!-- [ published at … ] -->` without the ids (dotaartist-*, duenaive-*).
 * A saved Sina page with the stamp but no known template goes to the Readability fallback.
 */
export const ARTICLE_STAMP = /^\[\d+,\d+,\d+\] published at \d{4}-\d{2}-\d{2}/;

/**
 * Channel and site suffix of legacy titles, stripped from fallback titles of Sina pages:
 * "投身外交(3)_读书频道_新浪网" (cwced-legacy2004-*), "…如何经营__商贸_产业资讯_新浪网"
 * (cwced-legacy2005-gb2312-chanye-*), "…以钱生钱(图)_新浪房产_新浪网" (cwced-legacy2005-*-house-*).
 */
export const SINA_TITLE_TAIL = /(?:_[^_]{0,12}){0,3}_新浪(?:网|财经)\s*$/;

/**
 * 2004–2005 pages have no template (the fallback reads them): the line under the headline holds
 * the visible date and, in a coloured font, the source: "http://house.sina.com.cn
 * 2005年03月31日03:18 <font color=#A20010>北京娱乐信报 </font>" (cwced-legacy2005-*-house-*),
 * "http://www.sina.net 2005年03月21日 11:21 <font color=#A20010> 《理财周刊》</font>" (cwced-legacy2005-gb2312-chanye-*).
 */
export const LEGACY_CREDIT_LINE = {
  source: 'font[color="#A20010"]', // its parent holds the date (both pages above)
  sourceInBody: '[color="#A20010"]', // the same in Readability's pick, where <font> became <span>
  headline: 'th', // th.f24 headline cell (both pages above); Readability drops the class
} as const;

/** The Sina hosts whose templates the rules know (finance, news, tech, mobile), listed on the options page. */
const LISTED_HOSTS = ['finance.sina.com.cn', 'finance.sina.cn', 'news.sina.com.cn', 'tech.sina.com.cn', 'k.sina.com.cn'];

/** Selectors no page of ../shared/corpus/pages has (SiteRule.notInPages). */
const NOT_IN_PAGES: Readonly<Record<string, string>> = {
  // junk (./sina-junk.ts)
  '.appendQr_wrap': 'at the end of finance articles: tests/fixtures/core/desktop-junk, posts/sina-0.md',
  '.app-kaihu-qr': 'in finance articles: tests/fixtures/core/desktop-junk, posts/sina-catl-jinqilin-blockquote-kaihu.md',
  '[class*="kaihu"]': 'the kaihu promos above and their variants: tests/fixtures/core/desktop-junk',
  '#app-qihuo-kaihu-qr': 'in futures articles: posts/sina-zijin-futures-qihuo-kaihu-stocks.md',
  'p.jqlblock_cls': '金麒麟 promo lists in finance articles: posts/sina-esop-jqlblock-promo-blockquote-long.md',
  'div.broadcast_box': 'related-article carousel of mobile articles: tests/fixtures/core/mobile-editor-related',
  '#left_hzh_ad': 'seen on no saved page or fixture: an ad slot of the first rules, kept because hiding it costs nothing',
  '.article-notice': 'seen on no saved page or fixture: a notice banner of the first rules, kept because hiding it costs nothing',
  // templates (./sina-templates.ts)
  '.time-source [data-sudaclick="media_name"]':
    'seen on no saved page or fixture: the source link of gne-tech-old-artibodyTitle-* (a[data-sudaclick="media_name"], in span#media_name there) placed inside .time-source; after #media_name, so it can only add a source',
};

export const SINA: SinaRule = {
  id: 'sina',
  live: true,
  names: { byHost: SITE_NAMES, fallback: '新浪网' },
  hosts: SINA_HOSTS,
  listedHosts: LISTED_HOSTS,
  articleUrl: ARTICLE_URL,
  articleLinks: SINA_ARTICLE_GLOBS,
  legacyArticleUrl: LEGACY_ARTICLE_URL,
  notArticleUrls: NOT_ARTICLE_URLS,
  templates: TEMPLATES,
  editor: EDITOR_LINE,
  junk: JUNK,
  channels: CHANNELS,
  timeZone: '+08:00', // Beijing time: "2018年12月28日 19:55" (pages/gne-finance-roll-*) is 11:55 UTC
  notInPages: NOT_IN_PAGES,
};

/* Test URLs: at the end of ./sina-templates.ts (one per template, and a page that is not an article). */
