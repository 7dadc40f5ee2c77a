/**
 * Channel categories from the URL path, written the way the archive names them
 * (`新浪财经－国內`, with U+FF0D and the traditional 內: ../shared/seed/seed-post.md).
 * Longest path first; the first match wins. The breadcrumb is used only when no path matches.
 */
import type { ChannelCategory } from './types';

const FIN = /^finance\.sina\.(com\.)?cn$/i;
const NEWS = /^news\.sina\.(com\.)?cn$/i;
const TECH = /^tech\.sina\.(com\.)?cn$/i;

export const FINANCE_PREFIX = '新浪财经－';
export const NEWS_PREFIX = '新浪新闻－';

export const CHANNELS: readonly ChannelCategory[] = [
  { host: FIN, path: '/china/', name: '新浪财经－国內' }, // seed: /china/gncj/2022-07-25/doc-…
  { host: FIN, path: '/roll/', name: '新浪财经－滚动' }, // pages/gne-finance-roll-*
  { host: FIN, path: '/stock/usstock/', name: '新浪财经－美股' }, // pages/gne-finance-usstock-*
  { host: FIN, path: '/stock/hkstock/', name: '新浪财经－港股' },
  { host: FIN, path: '/stock/', name: '新浪财经－股票' },
  { host: FIN, path: '/money/forex/', name: '新浪财经－外汇' }, // pages/magichtml-finance-forex-2016-*
  { host: FIN, path: '/money/fund/', name: '新浪财经－基金' },
  { host: FIN, path: '/money/bank/', name: '新浪财经－银行' },
  { host: FIN, path: '/money/', name: '新浪财经－理财' },
  { host: FIN, path: '/chanjing/', name: '新浪财经－产经' },
  { host: FIN, path: '/world/', name: '新浪财经－国际' },
  { host: FIN, path: '/tech/', name: '新浪财经－科技' },
  { host: FIN, path: '/wm/', name: '新浪财经－自媒体' },
  { host: FIN, path: '/zl/', name: '新浪财经－专栏' },
  { host: FIN, path: '/jjxw/', name: '新浪财经－经济新闻' },
  { host: NEWS, path: '/c/', name: '新浪新闻－国内' }, // pages/gne-news-*
  { host: NEWS, path: '/china/', name: '新浪新闻－国内' },
  { host: NEWS, path: '/o/', name: '新浪新闻－综合' }, // pages/magichtml-news-o-2024-*
  { host: NEWS, path: '/w/', name: '新浪新闻－国际' },
  { host: NEWS, path: '/s/', name: '新浪新闻－社会' },
  { host: TECH, path: '/', name: '新浪科技' }, // pages/gne-tech-old-artibodyTitle-*
];

/** Site names for display by host, first match wins (utils/page-meta.ts sinaSiteName). */
export const SITE_NAMES: readonly { host: RegExp; name: string }[] = [
  { host: /^news\./, name: '新浪新闻' }, // pages/gne-news-*
  { host: /^tech\./, name: '新浪科技' }, // pages/gne-tech-old-artibodyTitle-*
  { host: /^finance\./, name: '新浪财经' }, // pages/gne-finance-*, pages/magichtml-mobile-finance.sina.cn-*
];

/** Words that are channel names, not keywords (`data-wbkey="…,新闻"`, `keywords=",sina.cn"`), read by utils/page-meta.ts. */
export const SINA_NOT_KEYWORDS: readonly string[] = ['新闻', '财经', '新浪', '新浪网', '新浪财经', 'sina.cn', 'sina'];
