/**
 * Written by scripts/write-site-live.ts from the other sites' rules (./<site>.ts): edit a rule,
 * then run `npx tsx scripts/write-site-live.ts`. The run-time script of granted sites reads this
 * compact copy instead of the rules (./live-module.ts says why).
 */
import type { LiveSite, OtherSiteId } from './types';

export const OTHERS_LIVE: Readonly<Record<OtherSiteId, LiveSite>> = {
  netease: {
    hosts: ["163.com"],
    articleUrl: /\/(?:\d{2}\/\d{4}\/\d{2}|v2\/article\/detail)\/([A-Z0-9]{16})\.html$/,
    notArticleUrls: [{ pattern: /^https?:\/\/quotes?\.money\.163\.com\//i, reason: "quotes" }, { pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: ["#epContentLeft h1", "#endText"], root: ["#endText"] }, { detect: [".article_title h2", ".article_box #content"], root: [".article_box #content"] }],
    hide: [".gg200x300", ".post_end_ad", ".top_ad_column", "#tie-box-ad-201711", ".ad_close_fixed"],
    remove: [".gg200x300"],
  },
  qq: {
    hosts: ["qq.com"],
    articleUrl: /\/(?:c\/\w+|omn\/\d{8}|a\/\d{8})\/(\w+?)(?:\.html?)?$/,
    notArticleUrls: [{ pattern: /^https?:\/\/(?:stockhtm|gu|stock\.gtimg)\.(?:finance\.)?qq\.com\//i, reason: "quotes" }, { pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: [".qq_article h1", "#Cnt-Main-Article-QQ"], root: ["#Cnt-Main-Article-QQ"] }, { detect: [".qq_conent .LEFT h1", ".content-article"], root: [".content-article"] }],
    hide: [".article_ad", ".ad-box", ".body-Top-Ad", ".main3-ad", ".ad-foot", ".a_share", ".a_commentNum", ".a_ilike", ".topQrcode"],
    remove: [],
  },
  ifeng: {
    hosts: ["ifeng.com"],
    articleUrl: /\/(?:c|a\/\d{8})\/(\w+?)(?:_\d+)?(?:\.shtml)?$/,
    notArticleUrls: [{ pattern: /^https?:\/\/(?:v|video|tv)\.ifeng\.com\//i, reason: "video-or-gallery" }, { pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: ["h1.topic-3bY8Hw-9", "div.text-3zQ3cZD4"], root: ["div.text-3zQ3cZD4"] }, { detect: ["h1#artical_topic", "#main_content"], root: ["#main_content"] }],
    hide: ["[class*=\"share_bar-\"]", "#js_select_share"],
    remove: [],
  },
  thepaper: {
    hosts: ["thepaper.cn"],
    articleUrl: /\/newsDetail_forward_(\d+)$/,
    notArticleUrls: [{ pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: ["h1.news_title", ".news_txt"], root: [".news_txt"] }],
    hide: ["#head_ad", "#rt_ad", "#rt_ad2"],
    remove: [],
  },
  hexun: {
    hosts: ["hexun.com"],
    articleUrl: /\/\d{4}-\d{2}-\d{2}\/(\d+)\.html$/,
    notArticleUrls: [{ pattern: /^https?:\/\/(?:stockdata|quote|q)\.hexun\.com\//i, reason: "quotes" }, { pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: [".articleName h1", ".art_contextBox"], root: [".art_contextBox"] }],
    hide: ["#t-float"],
    remove: [],
  },
  stcn: {
    hosts: ["stcn.com"],
    articleUrl: /\/\d{4}\/\d{4}\/(\d+)\.shtml$/,
    notArticleUrls: [{ pattern: /\/(?:kuaixun\.shtml|list\/)/i, reason: "list" }, { pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: [".intal_tit h2", "#ctrlfscont"], root: ["#ctrlfscont"] }],
    hide: [".adv", ".ewm"],
    remove: [],
  },
  baijiahao: {
    hosts: ["baijiahao.baidu.com"],
    articleUrl: /^\/s$/,
    notArticleUrls: [{ pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: [".article-title h2", "#article .article-content"], root: ["#article .article-content"] }],
    hide: [".wangmeng-ad"],
    remove: [],
  },
  xinhuanet: {
    hosts: ["xinhuanet.com", "news.cn"],
    articleUrl: /\/\d{4}-\d{2}\/\d{2}\/c_(\d+)\.htm$/,
    notArticleUrls: [{ pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: [".h-title", "#p-detail"], root: ["#p-detail"] }],
    hide: [".l-ad-1", ".ad"],
    remove: [],
  },
  people: {
    hosts: ["people.com.cn"],
    articleUrl: /\/n1\/\d{4}\/\d{4}\/(c\d+-\d+)(?:-\d+)?\.html$/,
    notArticleUrls: [{ pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: "home" }],
    templates: [{ detect: [".text_title h1", "#rwb_zw"], root: ["#rwb_zw"] }],
    hide: [".banner02", ".banner03", ".box_ewm"],
    remove: [],
  },
};
