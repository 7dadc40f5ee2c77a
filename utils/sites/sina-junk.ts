/**
 * What is not the article, as one table (JUNK): each selector says where it applies (dropped
 * from the article clone for export and reader view, hidden on the live page by CSS, removed
 * from the live article root) and where it was seen (posts/ = ../shared/corpus/posts,
 * pages/ = ../shared/corpus/pages). ARTICLE_JUNK, LIVE_HIDE and LIVE_REMOVE are derived from it;
 * the always-on content script reads the live lists from ./sina-live.ts, written from this table.
 * Code-only rules (comments, promo blockquotes, hidden text, empty paragraphs, stock links)
 * are in utils/clean-fragment.ts because a selector cannot say them.
 */
import type { JunkRule, JunkWhere } from './types';

export const JUNK: readonly JunkRule[] = [
  { selector: 'script', where: ['drop'], seen: 'inline player code inside #artibody (pages/gne-tech-old-artibodyTitle-*)' },
  { selector: 'style', where: ['drop'], seen: 'QR/kaihu/hqimg styles (posts/sina-0.md, pages/magichtml-finance-forex-2016-*)' },
  { selector: 'link', where: ['drop'], seen: 'player stylesheet inside #artibody (pages/gne-tech-old-artibodyTitle-*)' },
  { selector: 'iframe', where: ['drop', 'remove'], seen: 'ad iframes in the body (pages/magichtml-news-o-2024-*)' },
  { selector: 'noscript', where: ['drop'], seen: 'tracking fallbacks (pages/gne-finance-roll-*)' },
  { selector: 'ins.sinaads', where: ['drop', 'hide', 'remove'], seen: 'ad slots (pages/magichtml-news-o-2024-*)' },
  { selector: '[id^="ad_"]', where: ['drop', 'remove'], seen: '300×250 ad box div#ad_44086 in the body (pages/magichtml-news-c-2024-*)' },
  { selector: '.appendQr_wrap', where: ['drop', 'hide'], seen: '"海量资讯、精准解读，尽在新浪财经APP" QR block at the end of #artibody (posts/sina-0.md, seed)' },
  { selector: '.app-kaihu-qr', where: ['drop', 'hide'], seen: 'account-opening QR promo (posts/sina-shanghai-realestate-kaihu-qr.md)' },
  { selector: '[class*="kaihu"]', where: ['drop', 'hide'], seen: 'other kaihu promos (posts/sina-shanghai-realestate-kaihu-qr.md)' },
  { selector: '#app-qihuo-kaihu-qr', where: ['drop'], seen: 'futures kaihu promo (posts/sina-zijin-futures-qihuo-kaihu-stocks.md)' },
  { selector: '.ct_hqimg', where: ['drop', 'hide'], seen: 'quote chart block (pages/magichtml-finance-forex-2016-*)' },
  { selector: '.hqimg_related', where: ['drop'], seen: 'quote chart links (pages/magichtml-finance-forex-2016-*)' },
  { selector: '#left_hzh_ad', where: ['drop', 'hide'], seen: 'in-article ad slot' },
  { selector: '.tech-quotation', where: ['drop', 'hide'], seen: '新浪众测 promo (pages/gne-tech-old-artibodyTitle-*)' },
  { selector: '.article-notice', where: ['drop', 'hide'], seen: 'notice banner above finance articles' },
  { selector: 'span[id^="quote_"]', where: ['drop'], seen: 'empty live-quote span after a stock link (seed, posts/sina-fund-3500-*)' },
  { selector: 'div.video-2017', where: ['drop'], seen: 'video placeholder/player (posts/sina-tiger-meat-*, pages/gne-news-2019-10-23-*)' },
  { selector: '.artical-player-wrap', where: ['drop'], seen: 'old video player (pages/gne-tech-old-artibodyTitle-*)' },
  { selector: '.wap_special', where: ['drop', 'hide'], seen: '"点击进入专题" related topic box (pages/gne-news-2019-10-23-*)' },
  { selector: '[data-sudaclick="suda_1028_guba"]', where: ['drop', 'hide'], seen: '"进入【新浪财经股吧】讨论" (pages/magichtml-finance-forex-2016-*)' },
  { selector: '[sax-type="proxy"]', where: ['drop', 'hide'], seen: 'mobile ad slot (pages/magichtml-mobile-finance.sina.cn-*)' },
  { selector: '#wx_pic', where: ['drop'], seen: 'hidden share image (pages/magichtml-mobile-finance.sina.cn-*)' },
  { selector: 'p.jqlblock_cls', where: ['drop'], seen: '金麒麟 research promo list items (posts/sina-esop-jqlblock-promo-blockquote-long.md)' },
  { selector: 'div.broadcast_box', where: ['drop'], seen: 'related-article carousel of 2021+ mobile pages (tests/fixtures/core/mobile-editor-related)' },
  { selector: '.sinaads-float', where: ['hide'], seen: 'floating couplet ads (pages/magichtml-news-o-2024-*)' },
  { selector: '.new_style_article', where: ['hide'], seen: 'promo quote above the body (pages/gne-finance-roll-*)' },
  { selector: '.article-bottom-tg', where: ['hide'], seen: 'promo carousel under the body (pages/gne-finance-roll-*)' },
];

/** The selectors of `table` that apply `where`, in the table's order. */
export function junkFor(table: readonly JunkRule[], where: JunkWhere): string[] {
  return table.filter((j) => j.where.includes(where)).map((j) => j.selector);
}

/** Dropped from the article root. Counted per selector in RuleReport.matched. */
export const ARTICLE_JUNK: readonly string[] = /* @__PURE__ */ junkFor(JUNK, 'drop');

/** Hidden on the live page (every selector is scoped under html[data-sfc-clean]). */
export const LIVE_HIDE: readonly string[] = /* @__PURE__ */ junkFor(JUNK, 'hide');

/** Removed from the live page inside the article root: ad frames that load and track. */
export const LIVE_REMOVE: readonly string[] = /* @__PURE__ */ junkFor(JUNK, 'remove');

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
