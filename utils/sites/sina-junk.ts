/**
 * What is not the article. ARTICLE_JUNK is dropped from the article clone (export, reader);
 * LIVE_HIDE is hidden on the live page by CSS (utils/live-clean.ts); LIVE_REMOVE is removed
 * from the live page. One selector per line with the fixture it was seen on
 * (posts/ = ../shared/corpus/posts, pages/ = ../shared/corpus/pages).
 * Code-only rules (comments, promo blockquotes, hidden text, empty paragraphs, stock links)
 * are in utils/clean-fragment.ts because a selector cannot say them.
 */

/** Dropped from the article root. Counted per selector in RuleReport.matched. */
export const ARTICLE_JUNK: readonly string[] = [
  'script', // inline player code inside #artibody (pages/gne-tech-old-artibodyTitle-*)
  'style', // QR/kaihu/hqimg styles (posts/sina-0.md, pages/magichtml-finance-forex-2016-*)
  'link', // player stylesheet inside #artibody (pages/gne-tech-old-artibodyTitle-*)
  'iframe', // ad iframes (pages/magichtml-news-o-2024-*)
  'noscript', // tracking fallbacks
  'ins.sinaads', // ad slots (pages/magichtml-news-o-2024-*)
  '[id^="ad_"]', // ad container div#ad_44086 (pages/magichtml-news-c-2024-*)
  '.appendQr_wrap', // "海量资讯、精准解读，尽在新浪财经APP" QR block (posts/sina-0.md, seed)
  '.app-kaihu-qr', // account-opening QR promo (posts/sina-shanghai-realestate-kaihu-qr.md)
  '[class*="kaihu"]', // other kaihu promos
  '#app-qihuo-kaihu-qr', // futures kaihu promo (posts/sina-zijin-futures-qihuo-kaihu-stocks.md)
  '.ct_hqimg', // quote chart block (pages/magichtml-finance-forex-2016-*)
  '.hqimg_related', // quote chart links (pages/magichtml-finance-forex-2016-*)
  '#left_hzh_ad', // in-article ad slot
  '.tech-quotation', // 新浪众测 promo (pages/gne-tech-old-artibodyTitle-*)
  '.article-notice', // notice banner above finance articles
  'span[id^="quote_"]', // empty live-quote span after a stock link (seed, posts/sina-fund-3500-*)
  'div.video-2017', // video placeholder/player (posts/sina-tiger-meat-*, pages/gne-news-2019-10-23-*)
  '.artical-player-wrap', // old video player (pages/gne-tech-old-artibodyTitle-*)
  '.wap_special', // "点击进入专题" related topic box (pages/gne-news-2019-10-23-*)
  '[data-sudaclick="suda_1028_guba"]', // "进入【新浪财经股吧】讨论" (pages/magichtml-finance-forex-2016-*)
  '[sax-type="proxy"]', // mobile ad slot (pages/magichtml-mobile-finance.sina.cn-*)
  '#wx_pic', // hidden share image (pages/magichtml-mobile-finance.sina.cn-*)
  'p.jqlblock_cls', // 金麒麟 research promo list items (posts/sina-esop-jqlblock-promo-blockquote-long.md)
  'div.broadcast_box', // related-article carousel of 2021+ mobile pages (tests/fixtures/core/mobile-editor-related)
];

/**
 * A paragraph that only points to an older story: its text starts with one of these and it holds
 * a link (pages/gne-news-2019-10-23-* "此前报道：<a>港媒曝陈同佳出狱前首受访…</a>",
 * tests/fixtures/core/mobile-editor-related). Prose that mentions an earlier report has no link.
 */
export const OLDER_STORY_LINE: readonly RegExp[] = [
  /^此前报道\s*[：:]/, // "此前报道：<a>…</a>" (the two pages above)
];

/** Editor line, kept as metadata (责任编辑). */
export const EDITOR_LINE: readonly string[] = [
  'p.article-editor', // desktop/legacy (seed, pages/gne-finance-roll-*)
  'p.show_author', // news (pages/gne-news-*)
];

/** The label before the editor's name in those lines: `责任编辑：王蒙`, `责任编辑:梁斌 SF055`. */
export const EDITOR_LABEL = /^责任编辑\s*[：:]\s*/;

/**
 * Sina's staff code after the editor's name, not part of it: `朱学森 SN240`
 * (tests/fixtures/core/mobile-editor-related), `梁斌 SF055` (posts/sina-0.md),
 * `支全明 SF099` (pages/magichtml-finance-forex-2016-*).
 */
export const EDITOR_STAFF_CODE = /\s+S[A-Z]\d{2,4}$/;

/** A whole paragraph that is the editor line where no class marks it (`<p class="art_p">责任编辑：…`, mobile). */
export const EDITOR_PARAGRAPH = /^责任编辑\s*[：:]\s*\S.{0,30}$/;

/** Stock keyword wrappers: the link becomes text, the id's code a tag. */
export const STOCK_SPAN = 'span[id^="stock_"], span[id^="usstock_"], span[id^="hkstock_"]'; // seed; pages/gne-finance-usstock-*

/** Hidden on the live page (every selector is scoped under html[data-sfc-clean]). */
export const LIVE_HIDE: readonly string[] = [
  '.appendQr_wrap', // QR block at the end of #artibody (seed)
  '.app-kaihu-qr', // kaihu promo (posts/sina-shanghai-realestate-kaihu-qr.md)
  '[class*="kaihu"]', // other kaihu promos
  '.ct_hqimg', // quote chart (pages/magichtml-finance-forex-2016-*)
  '#left_hzh_ad', // in-article ad slot
  '.tech-quotation', // 新浪众测 promo (pages/gne-tech-old-artibodyTitle-*)
  '.article-notice', // notice banner
  'ins.sinaads', // ad slots (pages/magichtml-news-o-2024-*)
  '.sinaads-float', // floating couplet ads (pages/magichtml-news-o-2024-*)
  '.new_style_article', // promo quote above the body (pages/gne-finance-roll-*)
  '.article-bottom-tg', // promo carousel under the body (pages/gne-finance-roll-*)
  '.wap_special', // related topic box (pages/gne-news-2019-10-23-*)
  '[data-sudaclick="suda_1028_guba"]', // guba link (pages/magichtml-finance-forex-2016-*)
  '[sax-type="proxy"]', // mobile ad slot (pages/magichtml-mobile-finance.sina.cn-*)
];

/** Removed from the live page inside the article root: ad frames that load and track. */
export const LIVE_REMOVE: readonly string[] = [
  '[id^="ad_"]', // 300×250 ad box div#ad_44086 in the body (pages/magichtml-news-c-2024-*)
  'ins.sinaads', // ad slots in the body (pages/magichtml-news-o-2024-*)
  'iframe', // ad iframes in the body (pages/magichtml-news-o-2024-*)
];
