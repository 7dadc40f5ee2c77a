/**
 * 证券时报网 (stcn.com) as one site rule: the news/kuaixun article page. Each selector says what it
 * is and the saved page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const STCN = otherSite({
  id: 'stcn',
  names: { byHost: [], fallback: '证券时报网' },
  hosts: ['stcn.com'],
  articleUrl: /\/\d{4}\/\d{4}\/(\d+)\.shtml$/, // news.stcn.com/2019/0930/15414346.shtml (a related link of sites/gne-stcn-1)
  notArticleUrls: [
    { pattern: /\/(?:kuaixun\.shtml|list\/)/i, reason: 'list' }, // kuaixun.stcn.com/kuaixun.shtml, /list/kxgs.shtml (breadcrumb of sites/gne-stcn-1)
    HOME_PAGE,
  ],
  templates: [
    {
      id: 'stcn-article',
      detect: [
        '.intal_tit h2', // headline (sites/gne-stcn-1)
        '#ctrlfscont', // div.txt_con#ctrlfscont body (same)
      ],
      root: ['#ctrlfscont'],
      title: ['.intal_tit h2'],
      date: ['.intal_tit .info'], // "2019-09-26 12:11来源：证券时报网作者：李在山" (sites/gne-stcn-1)
      source: ['.intal_tit .info span'], // "来源：证券时报网" (sites/gne-stcn-1)
      author: ['.intal_tit .info span'], // "作者：李在山", the span after the source (sites/gne-stcn-1)
      breadcrumb: [],
    },
  ],
  titleSuffix: /\s*_证券时报网\s*$/, // (sites/gne-stcn-1)
  savedMarkers: ['meta[name="author"][content="证券时报网"]'], // (sites/gne-stcn-1)
  timeZone: '+08:00',
  junk: [
    { selector: '.adv', where: ['hide'], seen: 'ad slot (sites/gne-stcn-1)' },
    { selector: '.ewm', where: ['hide'], seen: 'WeChat QR codes (sites/gne-stcn-1)' },
  ],
});
