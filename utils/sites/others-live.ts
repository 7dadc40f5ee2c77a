/**
 * Written by scripts/write-site-live.ts from the other sites' junk tables (./<site>.ts): edit a
 * table, then run `npx tsx scripts/write-site-live.ts`. The run-time script of granted sites
 * reads these lists instead of the tables (./live-module.ts says why).
 */
import type { OtherSiteId } from './ids';

/** Per site: hidden on the live page under html[data-sfc-clean], removed inside the article root. */
export const OTHERS_LIVE: Readonly<Record<OtherSiteId, { hide: readonly string[]; remove: readonly string[] }>> = {
  netease: { hide: ['.gg200x300', '.post_end_ad', '.top_ad_column', '#tie-box-ad-201711', '.ad_close_fixed'], remove: ['.gg200x300'] },
  qq: { hide: ['.article_ad', '.ad-box', '.body-Top-Ad', '.main3-ad', '.ad-foot', '.topQrcode'], remove: [] },
  ifeng: { hide: ['[class*="share_bar-"]', '#js_select_share'], remove: [] },
  thepaper: { hide: ['#head_ad', '#rt_ad', '#rt_ad2'], remove: [] },
  hexun: { hide: ['#t-float'], remove: [] },
  stcn: { hide: ['.adv', '.ewm'], remove: [] },
  baijiahao: { hide: ['.wangmeng-ad'], remove: [] },
  xinhuanet: { hide: ['.l-ad-1', '.ad'], remove: [] },
  people: { hide: ['.banner02', '.banner03', '.box_ewm'], remove: [] },
};
