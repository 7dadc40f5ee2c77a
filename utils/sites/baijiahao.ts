/**
 * 百家号 (baijiahao.baidu.com) as one site rule: the article page `/s?id=…`. Only that host of
 * baidu.com: the rest (search, 贴吧, …) is not news. Each selector says what it is and the saved
 * page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const BAIJIAHAO = otherSite({
  id: 'baijiahao',
  names: { byHost: [], fallback: '百家号' },
  hosts: ['baijiahao.baidu.com'],
  articleUrl: /^\/s$/, // baijiahao.baidu.com/s?id=1646796218135408573 (SOURCES of sites/gne-baijiahao-1): the id is in the query
  notArticleUrls: [HOME_PAGE],
  templates: [
    {
      id: 'baijiahao-article',
      detect: [
        '.article-title h2', // headline (sites/gne-baijiahao-1, -2)
        '#article .article-content', // body in div#article.article (same)
      ],
      root: ['#article .article-content'],
      title: ['.article-title h2'],
      date: [], // "发布时间：10-08" "12:00" shows no year: the meta below has it
      source: [],
      author: ['.author-txt .author-name'], // the 百家号 account "加拿大必读" (sites/gne-baijiahao-1), "IT之家" (-2)
      breadcrumb: [],
      dateMeta: ['dateUpdate'], // <meta itemprop="dateUpdate" content="2019-10-08 12:00:57">, the visible 10-08 12:00 (sites/gne-baijiahao-1)
    },
  ],
  titleSuffix: /\s*_百家号\s*$/, // no saved page has one: their <title> is the headline alone
  savedMarkers: ['link[rel~="icon"][href*="bdstatic.com/5bd1bjqh_Q23odCf/static/wiseindex/"]'], // Baidu's favicon (sites/gne-baijiahao-1, -2)
  timeZone: '+08:00',
  junk: [
    { selector: '.wangmeng-ad', where: ['hide'], seen: 'Baidu ad network slot under the article (sites/gne-baijiahao-1)' },
  ],
});
