/**
 * One page per other site (../shared/corpus/sites, SOURCES.md) at its real address, for the
 * browser tests of live cleaning on granted sites. Where the page records no address, a plausible
 * article address of the site's shape (its rule's articleUrl) stands in, marked so below.
 */
import path from 'node:path';
import { CORPUS_SITES } from '../corpus-paths';
import type { OtherSiteId } from '../../utils/sites/ids';
import type { TestPage } from './pages';

export interface SiteTestPage extends TestPage {
  site: OtherSiteId;
}

// Every file is UTF-8 bytes whatever its <meta charset> says (gne-qq-2, gne-people-1 say GB2312): the header tells the truth.
const page = (site: OtherSiteId, name: string, url: string): SiteTestPage => ({
  site, name, url, file: path.join(CORPUS_SITES, `${name}.html`), charset: 'utf-8', article: true,
});

export const SITE_PAGES: SiteTestPage[] = [
  page('netease', 'gne-163-1', 'https://money.163.com/19/0907/13/EOFPQ9E9002580S6.html'), // invented: the page names only 163.com
  page('qq', 'gne-qq-2', 'https://xw.qq.com/c/finance/20190923000843'),
  page('ifeng', 'gne-ifeng-1', 'https://news.ifeng.com/c/7rtKNyg6PU9'),
  page('thepaper', 'gne-thepaper-5', 'https://www.thepaper.cn/newsDetail_forward_7732983'),
  page('hexun', 'gne-hexun-1', 'https://stock.hexun.com/2019-09-26/198678130.html'),
  page('stcn', 'gne-stcn-1', 'https://company.stcn.com/2019/0930/15414346.shtml'), // invented: the page names only stcn.com
  page('baijiahao', 'gne-baijiahao-1', 'https://baijiahao.baidu.com/s?id=1646796218135408573&wfr=spider&for=pc'),
  page('xinhuanet', 'gne-xinhuanet-1', 'http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm'),
  page('people', 'gne-people-1', 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html'), // invented: the page names only people.com.cn
];
