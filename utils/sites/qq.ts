/**
 * 腾讯网 (qq.com) as one site rule: the 2019 finance/news article page (`article`) and the 腾讯新闻
 * 企鹅号 page of new.qq.com (`omn`). Each selector says what it is and the saved page it was seen
 * on (sites/ = ../shared/corpus/sites).
 */
import { REPORTER_LINE } from './cjk-news';
import { HOME_PAGE, otherSite } from './other-site';

export const QQ = otherSite({
  id: 'qq',
  names: {
    byHost: [{ host: /^finance\./, name: '腾讯财经' }], // finance.qq.com channel links (sites/gne-qq-2)
    fallback: '腾讯网', // "…_财经_腾讯网" (sites/gne-qq-2)
  },
  hosts: ['qq.com'],
  // xw.qq.com/c/finance/20190923000843 (SOURCES of sites/gne-qq-2), new.qq.com/omn/20190907/20190907A081B000.html (sites/gne-qq-qq)
  articleUrl: /\/(?:c\/\w+|omn\/\d{8}|a\/\d{8})\/(\w+?)(?:\.html?)?$/,
  notArticleUrls: [
    { pattern: /^https?:\/\/(?:stockhtm|gu|stock\.gtimg)\.(?:finance\.)?qq\.com\//i, reason: 'quotes' }, // stock quote pages
    HOME_PAGE,
  ],
  templates: [
    {
      id: 'qq-article',
      detect: [
        '.qq_article h1', // headline (sites/gne-qq-2)
        '#Cnt-Main-Article-QQ', // body (same)
      ],
      root: ['#Cnt-Main-Article-QQ'],
      title: ['.qq_article h1'],
      date: ['.a_Info .a_time'], // "2019-09-23 07:48" (sites/gne-qq-2)
      source: ['.a_Info .a_source'], // "棱镜" (sites/gne-qq-2)
      author: [],
      breadcrumb: ['.a_Info .a_catalog'], // "金融市场" (sites/gne-qq-2)
    },
    {
      id: 'qq-omn',
      detect: [
        '.qq_conent .LEFT h1', // headline (sites/gne-qq-qq)
        '.content-article', // body (same)
      ],
      root: ['.content-article'],
      title: ['.qq_conent .LEFT h1'],
      date: ['.left-stick-wp'], // "2019" "09/07" "19:02" in three divs of the side bar (sites/gne-qq-qq)
      source: ['.left-stick-wp .author div'], // the 企鹅号 account "扬眼" (sites/gne-qq-qq)
      author: [],
      breadcrumb: [],
    },
  ],
  editor: [
    '#QQeditor', // "责任编辑：biaoffeng", under the body (sites/gne-qq-2)
  ],
  junk: [
    { selector: '#Status', where: ['drop'], seen: '"免责声明：本文来自腾讯新闻客户端自媒体…" disclaimer in the body (sites/gne-qq-qq)' },
    { selector: '#backqqcom', where: ['drop'], seen: '"返回腾讯网首页>>" link closing the body (sites/gne-qq-2)' },
    { selector: 'script', where: ['drop'], seen: 'player code in the body (sites/gne-qq-2)' },
    { selector: '.article_ad', where: ['hide'], seen: 'ad slots beside and under the article (sites/gne-qq-2)' },
    { selector: '.ad-box', where: ['hide'], seen: 'ad boxes of the side column (sites/gne-qq-2)' },
    { selector: '.body-Top-Ad', where: ['hide'], seen: 'ad above the page (sites/gne-qq-2)' },
    { selector: '.main3-ad', where: ['hide'], seen: 'ad between the columns (sites/gne-qq-2)' },
    { selector: '.ad-foot', where: ['hide'], seen: 'ad in the footer (sites/gne-qq-2)' },
    { selector: '.a_share', where: ['hide'], seen: '"分享" bar of QQ空间/QQ好友/新浪微博/微信 links under the headline (sites/gne-qq-2)' },
    { selector: '.a_commentNum', where: ['hide'], seen: '"37评论" comment count link under the headline (sites/gne-qq-2)' },
    { selector: '.a_ilike', where: ['hide'], seen: '"收藏" link under the headline (sites/gne-qq-2)' },
    { selector: '.topQrcode', where: ['hide'], seen: 'app QR code at the top (sites/gne-qq-qq)' },
  ],
  bodyBylines: [
    REPORTER_LINE, // "扬子晚报记者 张楠", the body's last paragraph (sites/gne-qq-qq)
    /^《[^》]{1,12}》作者\s*(?<author>[\u4e00-\u9fa5·]{2,5})$/, // "《棱镜》作者 周纯" after the 划重点 list (sites/gne-qq-2)
  ],
  titleSuffix: /\s*_[\u4e00-\u9fa5]{0,6}_腾讯网\s*$/, // "…_财经_腾讯网" (sites/gne-qq-2)
  savedMarkers: [
    'link[rel~="icon"][href*="gtimg.com/www/"]', // qq.com's favicon mat1.gtimg.com/www/icon/favicon2.ico (sites/gne-qq-qq, whose title has no suffix)
  ],
  // the side bar's "2019" "09/07" "19:02" read together (sites/gne-qq-qq)
  visibleDate: /(?<y>\d{4})\s*(?<m>\d{2})\/(?<d>\d{2})\s*(?<h>\d{2}):(?<mi>\d{2})/,
  timeZone: '+08:00', // window.DATA pubtime "2019-09-07 19:02:26" shown as 19:02 (sites/gne-qq-qq)
});
