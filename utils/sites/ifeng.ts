/**
 * 凤凰网 (ifeng.com) as one site rule: the 2019 news page of news.ifeng.com/c/… (`news`, built
 * class names such as `text-3zQ3cZD4`, the same on every saved page of that build) and the older
 * local-channel page of *.ifeng.com/a/… (`channel`). Each selector says what it is and the saved
 * page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { REPORTER_LINE } from './cjk-news';
import { HOME_PAGE, otherSite } from './other-site';

export const IFENG = otherSite({
  id: 'ifeng',
  names: {
    byHost: [
      { host: /^news\./, name: '凤凰网资讯' }, // "…_凤凰网资讯_凤凰网" (sites/gne-ifeng-1)
      { host: /^finance\./, name: '凤凰网财经' },
    ],
    fallback: '凤凰网',
  },
  hosts: ['ifeng.com'],
  // news.ifeng.com/c/7rtKNyg6PU9 (og:url of sites/gne-ifeng-1), nb.ifeng.com/a/20200911/14526474_0.shtml (og:url of sites/gne-ifeng-3)
  articleUrl: /\/(?:c|a\/\d{8})\/(\w+?)(?:_\d+)?(?:\.shtml)?$/,
  notArticleUrls: [
    { pattern: /^https?:\/\/(?:v|video|tv)\.ifeng\.com\//i, reason: 'video-or-gallery' },
    HOME_PAGE,
  ],
  templates: [
    {
      id: 'ifeng-news',
      detect: [
        'h1.topic-3bY8Hw-9', // headline (sites/gne-ifeng-1, -2)
        'div.text-3zQ3cZD4', // body (same)
      ],
      root: ['div.text-3zQ3cZD4'],
      title: ['h1.topic-3bY8Hw-9'],
      date: ['p.time-hm3v7ddj'], // "2019年11月25日 16:04:30 来源：澎湃新闻网" (sites/gne-ifeng-1)
      source: ['p.time-hm3v7ddj'], // the same line: the date is cut off (sites/gne-ifeng-1)
      author: [],
      breadcrumb: [],
      dateMeta: ['og:time'], // " 2019-11-25 16:04:30" (sites/gne-ifeng-1)
    },
    {
      id: 'ifeng-channel',
      detect: [
        'h1#artical_topic', // headline (sites/gne-ifeng-3)
        '#main_content', // body (same)
      ],
      root: ['#main_content'],
      title: ['h1#artical_topic'],
      date: ['#artical_sth .ss01'], // "2020年09月11日 18:05" (sites/gne-ifeng-3)
      source: ['#artical_sth .ss02'], // "来源：" with the source's link, empty on the saved page (sites/gne-ifeng-3)
      author: [],
      breadcrumb: [],
    },
  ],
  editor: [
    '#artical_sth2 .iphone_none', // "[责任编辑：刘斌]" under the body (sites/gne-ifeng-3)
  ],
  editorName: /责任编辑\s*[：:]\s*([^\]】\s]+)/,
  bodyBylines: [
    REPORTER_LINE, // "澎湃新闻记者 段彦超 廖艳" opening a reprinted article (sites/gne-ifeng-1); the header shows only time and 来源
  ],
  titleSuffix: /\s*_[\u4e00-\u9fa5]{0,8}_凤凰网\s*$/, // "_凤凰网资讯_凤凰网" (sites/gne-ifeng-1), "_宁波频道_凤凰网" (sites/gne-ifeng-3)
  timeZone: '+08:00', // og:time "2019-11-25 16:04:30" is the visible "2019年11月25日 16:04:30" (sites/gne-ifeng-1)
  junk: [
    { selector: '[class*="share_bar-"]', where: ['hide'], seen: 'floating share bar, hashed class share_bar-2X6NjzAR (sites/gne-ifeng-1, sites/gne-ifeng-2)' },
    { selector: '#js_select_share', where: ['hide'], seen: '"分享到:" pop-up on selected text (sites/gne-ifeng-3)' },
  ],
});
