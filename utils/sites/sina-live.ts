/**
 * Written by scripts/write-site-live.ts from the junk table (JUNK in ./sina-junk.ts): edit the
 * table, then run `npx tsx scripts/write-site-live.ts`. The always-on content script reads these
 * lists instead of the table (./live-module.ts says why).
 */

/** Hidden on the live page (every selector is scoped under html[data-sfc-clean]). */
export const LIVE_HIDE: readonly string[] = [
  'ins.sinaads',
  '.appendQr_wrap',
  '.app-kaihu-qr',
  '[class*="kaihu"]',
  '.ct_hqimg',
  '#left_hzh_ad',
  '.tech-quotation',
  '.article-notice',
  '.wap_special',
  '[data-sudaclick="suda_1028_guba"]',
  '[sax-type="proxy"]',
  '.sinaads-float',
  '.new_style_article',
  '.article-bottom-tg',
];

/** Removed from the live page inside the article root: ad frames that load and track. */
export const LIVE_REMOVE: readonly string[] = [
  'iframe',
  'ins.sinaads',
  '[id^="ad_"]',
];
