/**
 * 澎湃新闻 (thepaper.cn) as one site rule: the newsDetail page. Each selector says what it is and
 * the saved page it was seen on (sites/ = ../shared/corpus/sites).
 */
import { HOME_PAGE, otherSite } from './other-site';

export const THEPAPER = otherSite({
  id: 'thepaper',
  names: { byHost: [], fallback: '澎湃新闻' },
  hosts: ['thepaper.cn'],
  articleUrl: /\/newsDetail_forward_(\d+)$/, // www.thepaper.cn/newsDetail_forward_7732983 (SOURCES of sites/gne-thepaper-5)
  notArticleUrls: [HOME_PAGE],
  templates: [
    {
      id: 'thepaper-news',
      detect: [
        'h1.news_title', // headline (sites/gne-thepaper-1, -2, -5)
        '.news_txt', // body: text and <br>, few <p> (same)
      ],
      root: ['.news_txt'],
      title: ['h1.news_title'],
      date: ['.news_about'], // "澎湃新闻记者 贺梨萍 2020-06-06 10:08 来源：澎湃新闻 字号…" (sites/gne-thepaper-5)
      source: ['.news_about p span'], // "来源：澎湃新闻" (sites/gne-thepaper-5); empty <span> on sites/gne-thepaper-1
      author: ['.news_about p'], // "澎湃新闻记者 贺梨萍" (sites/gne-thepaper-5), "石佳/中国青年报" (sites/gne-thepaper-1)
      breadcrumb: ['.news_path a[href^="list_"]'], // "10%公司" of "首页 > 10%公司" (sites/gne-thepaper-1)
    },
  ],
  editor: [
    '.news_infor_extra .infor_item', // "责任编辑：张珺" under the body (sites/gne-thepaper-1)
  ],
  editorName: /(?:责任编辑|责编)\s*[：:|丨｜]\s*(\S+)/, // "责任编辑：张珺" (sites/gne-thepaper-1), "责编|陈梦莹" of a 澎湃号 post's credits (sites/gne-thepaper-2)
  creditLines: [
    // "编辑|禤志杰" "责编|陈梦莹" "校对|黄慧敏", lines between <br>s closing a 澎湃号 post (sites/gne-thepaper-2); its "来源|…" line stays, as every 来源 line does
    /^(?:编辑|责编|校对)\s*[|丨｜]\s*[^\s|丨｜]{2,12}$/,
  ],
  junk: [
    { selector: '.hide_word', where: ['drop'], seen: '"(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)" at the end of the body (sites/gne-thepaper-5)' },
    { selector: '#head_ad', where: ['hide'], seen: 'banner ad above the page (sites/gne-thepaper-1)' },
    { selector: '#rt_ad', where: ['hide'], seen: 'side column ad loaded by adJax (sites/gne-thepaper-1)' },
    { selector: '#rt_ad2', where: ['hide'], seen: 'second side column ad loaded by adJax (sites/gne-thepaper-1)' },
  ],
  bodyEnd: [
    /^扫描下方二维码/, // "扫描下方二维码解锁更多技能" and the account's menu after it, closing a 澎湃号 post (sites/gne-thepaper-2)
  ],
  bylines: [
    /^(?<author>[^/／\d]{1,12})[/／](?<source>[^/／\d]{2,20})$/, // "石佳/中国青年报" (sites/gne-thepaper-1)
    /^澎湃新闻(?:特约)?记者\s*(?<author>.+)$/, // "澎湃新闻记者 贺梨萍" (sites/gne-thepaper-5)
  ],
  titleSuffix: /\s*_[^_]{0,10}_澎湃新闻-The Paper\s*$/, // "_10%公司_澎湃新闻-The Paper" (sites/gne-thepaper-1)
  timeZone: '+08:00',
});
