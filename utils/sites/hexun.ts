/**
 * 和讯网 (hexun.com) as one site rule: the channel article page (stock.hexun.com/2019-09-26/….html).
 * Each selector says what it is and the saved page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const HEXUN = otherSite({
  id: 'hexun',
  names: {
    byHost: [{ host: /^stock\./, name: '和讯股票' }], // "-股票频道-和讯网" (sites/gne-hexun-1)
    fallback: '和讯网',
  },
  hosts: ['hexun.com'],
  articleUrl: /\/\d{4}-\d{2}-\d{2}\/(\d+)\.html$/, // stock.hexun.com/2019-09-26/198678130.html (SOURCES of sites/gne-hexun-1)
  notArticleUrls: [
    { pattern: /^https?:\/\/(?:stockdata|quote|q)\.hexun\.com\//i, reason: 'quotes' }, // quote pages
    HOME_PAGE,
  ],
  templates: [
    {
      id: 'hexun-article',
      detect: [
        '.articleName h1', // headline (sites/gne-hexun-1)
        '.art_contextBox', // body (same)
      ],
      root: ['.art_contextBox'],
      title: ['.articleName h1'],
      date: ['.articleName .tip .pr20'], // "2019-09-26 10:56:28" (sites/gne-hexun-1)
      source: ['.articleName .tip a'], // "证券时报网", linking to the original (sites/gne-hexun-1)
      author: [],
      breadcrumb: [],
    },
  ],
  editorName: /^[（(]?\s*责任编辑\s*[：:]\s*([^（）()]+?)\s*[）)]?$/, // "（责任编辑： HN666）", a bare <div> in the body (sites/gne-hexun-1)
  junk: [
    { selector: '.bottomLayer', where: ['drop'], seen: 'empty share layer at the end of the body (sites/gne-hexun-1)' },
    { selector: '#t-float', where: ['hide'], seen: 'floating channel bar over the page (sites/gne-hexun-1)' },
  ],
  channels: [
    { host: /^stock\.hexun\.com$/i, path: '/', name: '和讯股票' }, // "-股票频道-" (sites/gne-hexun-1)
  ],
  titleSuffix: /\s*-[^-]{0,8}-和讯网\s*$/, // "-股票频道-和讯网" (sites/gne-hexun-1)
  timeZone: '+08:00',
});
