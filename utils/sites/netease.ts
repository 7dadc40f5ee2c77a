/**
 * 网易 (163.com) as one site rule: news/finance articles (`post`) and 网易号 subscription articles
 * on dy.163.com (`dy`). Each selector says what it is and the saved page it was seen on
 * (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const NETEASE = otherSite({
  id: 'netease',
  names: {
    byHost: [
      { host: /^money\./, name: '网易财经' }, // "…_网易财经" (sites/gne-163-1)
      { host: /^news\./, name: '网易新闻' }, // "…_网易新闻" (sites/gne-163-3)
      { host: /^dy\./, name: '网易订阅' }, // "…_网易订阅" (sites/gne-163-9)
    ],
    fallback: '网易',
  },
  hosts: ['163.com'],
  // news.163.com/19/0907/15/EOG04J6L0001875P.html (a related link of sites/gne-163-5), dy.163.com/v2/article/detail/EFDAIN1E054550F0.html (sites/gne-163-9)
  articleUrl: /\/(?:\d{2}\/\d{4}\/\d{2}|v2\/article\/detail)\/([A-Z0-9]{16})\.html$/,
  notArticleUrls: [
    { pattern: /^https?:\/\/quotes?\.money\.163\.com\//i, reason: 'quotes' }, // stock quote pages
    HOME_PAGE,
  ],
  templates: [
    {
      id: 'netease-post',
      detect: [
        '#epContentLeft h1', // headline (sites/gne-163-1, -3, -5)
        '#endText', // div#endText.post_text body (same)
      ],
      root: ['#endText'],
      title: ['#epContentLeft h1'],
      date: ['.post_time_source'], // "2019-09-07 13:43:45　来源: 证券市场红周刊 举报" (sites/gne-163-1)
      source: ['#ne_article_source'], // <a id="ne_article_source">证券市场红周刊</a> (sites/gne-163-1)
      author: [],
      breadcrumb: [],
      dateMeta: ['article:published_time'], // 2019-09-07T13:43:45+08:00 (sites/gne-163-1)
    },
    {
      id: 'netease-dy',
      detect: [
        '.article_title h2', // headline (sites/gne-163-9)
        '.article_box #content', // div#content.content body in div.article_box (same)
      ],
      root: ['.article_box #content'],
      title: ['.article_title h2'],
      date: ['.share_box p.time'], // "2019-05-17 · 苏皖城市报道": a day only (sites/gne-163-9)
      source: [],
      author: ['.share_box p.time span'], // the 网易号 account "苏皖城市报道" in the last span; the first span is the date (sites/gne-163-9)
      breadcrumb: [],
    },
  ],
  editor: [
    '.ep-editor', // "责任编辑：杨倩_NF4425" (sites/gne-163-1)
  ],
  editorName: /责任编辑\s*[：:]\s*([^_\s]+)/, // the name before the staff code "_NF4425"
  junk: [
    { selector: 'style', where: ['drop'], seen: 'video caption styles in a <p> (sites/gne-163-5)' },
    { selector: 'script', where: ['drop'], seen: 'player code in the body (sites/gne-163-5)' },
    { selector: '.gg200x300', where: ['drop', 'hide', 'remove'], seen: '300×250 ad slot in the body, filled by a script (sites/gne-163-1)' },
    { selector: '.ep-source', where: ['drop'], seen: '"本文来源：… 责任编辑：…" closing line, read as metadata (sites/gne-163-1)' },
    { selector: '.special_tag_wrap', where: ['drop'], seen: '"延伸 · 推荐" related story box (sites/gne-163-5)' },
    { selector: '.video-wrapper', where: ['drop'], seen: 'video player "您的浏览器暂时无法播放此视频" (sites/gne-163-5)' },
    { selector: '.post_end_ad', where: ['hide'], seen: 'ad slot under the article (sites/gne-163-1, -3, -5)' },
    { selector: '.top_ad_column', where: ['hide'], seen: 'banner ad row above the page (sites/gne-163-1)' },
    { selector: '#tie-box-ad-201711', where: ['hide'], seen: 'ad bar in the comment box, "关闭" (sites/gne-163-1, sites/gne-163-9)' },
    { selector: '.ad_close_fixed', where: ['hide'], seen: 'fixed corner ad, "关闭" (sites/gne-163-1)' },
  ],
  bylines: [/^(?<author>\S.*)$/], // the 网易号 account as written: "苏皖城市报道" is a name, not "…报道" (sites/gne-163-9)
  titleSuffix: /\s*_网易[\u4e00-\u9fa5]{0,4}\s*$/, // "_网易财经", "_网易新闻", "_网易订阅" (sites/gne-163-*)
  timeZone: '+08:00', // "2019-09-07 13:43:45" shown for the meta's 2019-09-07T13:43:45+08:00 (sites/gne-163-1)
});
