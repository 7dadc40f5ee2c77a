/**
 * 人民网 (people.com.cn) as one site rule: the channel article page (`/n1/2019/0615/c….html`).
 * Each selector says what it is and the saved page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const PEOPLE = otherSite({
  id: 'people',
  names: { byHost: [], fallback: '人民网' },
  hosts: ['people.com.cn'],
  articleUrl: /\/n1\/\d{4}\/\d{4}\/(c\d+-\d+)(?:-\d+)?\.html$/, // people.com.cn article addresses, e.g. /n1/2019/0615/c1013-31153719.html; pages 2… of a long one add -2, -3 (its pager, sites/gne-people-1)
  notArticleUrls: [HOME_PAGE],
  templates: [
    {
      id: 'people-article',
      detect: [
        '.text_title h1', // headline (sites/gne-people-1)
        '#rwb_zw', // body (same)
      ],
      root: ['#rwb_zw'],
      title: ['.text_title h1'],
      date: ['.text_title .box01 .fl'], // "2019年06月15日08:18 来源：人民网-文化频道" (sites/gne-people-1)
      source: ['.text_title .box01 .fl'], // the same line: the date is cut off (sites/gne-people-1)
      author: [],
      breadcrumb: [],
    },
  ],
  editor: [
    '.edit', // "(责编：汤诗瑶、丁涛)" at the end of the body (sites/gne-people-1)
  ],
  editorName: /责编\s*[：:]\s*([^()（）]+)/,
  junk: [
    { selector: '.zdfy', where: ['drop'], seen: 'page links "【1】【2】【3】【4】" (sites/gne-people-1)' },
    { selector: '.banner02', where: ['hide'], seen: 'banner ads (sites/gne-people-1)' },
    { selector: '.banner03', where: ['hide'], seen: 'banner ads of the side column (sites/gne-people-1)' },
    { selector: '.box_ewm', where: ['hide'], seen: '"关注人民网微信" QR code box (sites/gne-people-1)' },
  ],
  junkLines: [
    /^点击进入“[^”]+”>>$/, // channel promo "点击进入“文艺星青年”>>" opening the body (sites/gne-people-1)
  ],
  titleSuffix: /\s*--[^-]{0,8}--人民网\s*$/, // "--文化--人民网" (sites/gne-people-1)
  savedMarkers: ['meta[name="copyright"][content="人民网版权所有"]'], // (sites/gne-people-1)
  timeZone: '+08:00',
});
