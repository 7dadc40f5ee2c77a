/**
 * 新华网 (xinhuanet.com) as one site rule: the 2019 article page (`/world/2019-12/10/c_….htm`).
 * Each selector says what it is and the saved page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const XINHUANET = otherSite({
  id: 'xinhuanet',
  names: { byHost: [], fallback: '新华网' },
  hosts: ['xinhuanet.com', 'news.cn'],
  articleUrl: /\/\d{4}-\d{2}\/\d{2}\/c_(\d+)\.htm$/, // www.xinhuanet.com/world/2019-12/10/c_1125327450.htm (SOURCES of sites/gne-xinhuanet-1)
  notArticleUrls: [HOME_PAGE],
  templates: [
    {
      id: 'xinhuanet-article',
      detect: [
        '.h-title', // headline, copied into the empty fixed-header h1 by a script (sites/gne-xinhuanet-1)
        '#p-detail', // body (same)
      ],
      root: ['#p-detail'],
      title: ['.h-title'],
      date: ['.h-info .h-time'], // "2019-12-10 07:57:40" (sites/gne-xinhuanet-1)
      source: ['.h-info span'], // "来源： 新华网", after the time's span (sites/gne-xinhuanet-1)
      author: [],
      breadcrumb: [],
    },
  ],
  editor: [
    '.p-tags', // "【纠错】 责任编辑： 尹世杰" at the end of the body (sites/gne-xinhuanet-1)
  ],
  junk: [
    { selector: '.video-url', where: ['drop'], seen: 'hidden video address (sites/gne-xinhuanet-1)' },
    { selector: '.tadd', where: ['drop'], seen: 'like "+1" and share bar after the text (sites/gne-xinhuanet-1)' },
    { selector: '.lb', where: ['drop'], seen: 'empty "图集" gallery slider (sites/gne-xinhuanet-1)' },
    { selector: '.l-ad-1', where: ['hide'], seen: 'ad slots of the page (sites/gne-xinhuanet-1)' },
    { selector: '.ad', where: ['hide'], seen: 'ad slots (sites/gne-xinhuanet-1)' },
  ],
  channels: [
    { host: /(^|\.)xinhuanet\.com$/i, path: '/world/', name: '新华网－国际' }, // (SOURCES of sites/gne-xinhuanet-1)
  ],
  bodyBylines: [
    // the dateline of the first paragraph, "新华社巴黎12月9日电（记者唐霁）法国9日…" (sites/gne-xinhuanet-1); the header names no author
    /^新华社[\u4e00-\u9fa5]{0,12}?\d{1,2}月\d{1,2}日电\s*[（(]记者\s*(?<author>[^（）()]{2,20}?)\s*[）)]/,
  ],
  titleSuffix: /\s*-新华网\s*$/, // (sites/gne-xinhuanet-1)
  timeZone: '+08:00',
});
