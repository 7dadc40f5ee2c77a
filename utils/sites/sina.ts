/**
 * Sina site rules as data: hosts, article URL shapes, non-article URL shapes and the page
 * templates. Junk selectors live in ./sina-junk.ts, channel names in ./sina-channels.ts.
 * One selector per line, each saying what it is and the fixture it was seen on
 * (fixtures are in ../shared/corpus/pages unless stated).
 */
import type { NotArticleUrl, TemplateRule } from './types';

/** `*.sina.com.cn` and `*.sina.cn` (and the bare domains). */
export const SINA_HOST = /(^|\.)sina\.(com\.)?cn$/i;

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

/** Page templates, most specific first. */
export const TEMPLATES: readonly TemplateRule[] = [
  {
    id: 'sina-desktop',
    detect: [
      'h1.main-title', // 2018+ headline (gne-finance-roll-2018-12-28-*.html)
      'div#artibody', // 2018+ finance/tech body (gne-finance-usstock-2019-09-09-*.html)
    ],
    root: ['div#artibody'],
    title: ['h1.main-title'],
    date: [
      '.date-source .date', // "2018年12月28日 19:55" (gne-finance-roll-*)
    ],
    source: [
      '.date-source .source', // <a class="source ent-source"> or <span> (gne-finance-usstock-*)
    ],
    author: [
      '.date-source [data-sudaclick="content_author_p"]', // "作者：新京报" (magichtml-news-o-*)
    ],
    breadcrumb: ['.channel-path a'], // "产经 > 正文" (gne-finance-roll-*)
  },
  {
    id: 'sina-legacy',
    detect: [
      'h1#artibodyTitle', // 2014–2017 headline with cid/docid attrs (magichtml-finance-forex-2016-*)
      'div#artibody', // div.article.article_16#artibody (magichtml-finance-forex-2016-*)
    ],
    root: ['div#artibody'],
    title: ['h1#artibodyTitle'],
    date: [
      '.time-source', // "2016年05月25日10:10 新浪财经" (magichtml-finance-forex-2016-*)
      '#pub_date', // "2019年09月11日01:53" (gne-tech-old-artibodyTitle-*)
    ],
    source: [
      '#media_name', // <span id="media_name"><a>新浪科技</a> (gne-tech-old-artibodyTitle-*)
      '.time-source [data-sudaclick="media_name"]', // link variant of the same
      '.time-source', // plain text after the date (magichtml-finance-forex-2016-*)
    ],
    author: [],
    breadcrumb: [
      '.bread a', // "外汇 > 正文" (magichtml-finance-forex-2016-*)
    ],
  },
  {
    id: 'sina-news',
    detect: [
      'h1.main-title', // news.sina.com.cn headline (gne-news-2019-09-07-*)
      'div#article', // news body is #article, not #artibody (gne-news-*, magichtml-news-*)
    ],
    root: ['div#article'],
    title: ['h1.main-title'],
    date: ['.date-source .date'], // "2024年05月16日 17:02" (magichtml-news-o-*)
    source: ['.date-source .source'], // <a class="source">新京报</a> (magichtml-news-o-*)
    author: [
      '.date-source [data-sudaclick="content_author_p"]', // "作者：新京报" (magichtml-news-o-*)
    ],
    breadcrumb: ['.channel-path a'], // "国内新闻>正文" (gne-news-*)
  },
  {
    id: 'sina-mobile',
    detect: [
      'article.art_box', // finance.sina.cn *.d.html (magichtml-mobile-finance.sina.cn-*)
      '.art_content', // section.art_pic_card.art_content body (same)
    ],
    root: ['.art_content'],
    title: [
      'h1.art_tit_h1', // (magichtml-mobile-finance.sina.cn-*)
      'article.art_box h1',
    ],
    date: ['time.weibo_time'], // "2005.08.26" + "05:39" (magichtml-mobile-finance.sina.cn-*)
    source: ['.weibo_info .weibo_user'], // "上海证券报网络版" (magichtml-mobile-finance.sina.cn-*)
    author: [],
    breadcrumb: [],
  },
];

/*
 * Test URLs (all in ../shared/corpus/pages):
 * https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml        sina-desktop
 * https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml sina-desktop
 * https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml             sina-news
 * https://news.sina.com.cn/o/2024-05-16/doc-inavmmfi1968342.shtml             sina-news
 * http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml sina-legacy
 * https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml             sina-legacy
 * https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html         sina-mobile
 * https://vip.stock.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml  not-article
 */
