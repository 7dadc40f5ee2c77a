/**
 * Sina's page templates as data (the `templates` of ./sina.ts): for each, what detects it, the
 * article root and the metadata selectors. One selector per line, each saying what it is and the
 * fixture it was seen on (fixtures are in ../shared/corpus/pages unless stated).
 */
import type { TemplateRule } from './types';

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
