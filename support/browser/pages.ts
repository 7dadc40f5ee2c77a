/**
 * The pages the browser tests visit: the shared corpus (read from disk, served at the URLs from
 * ../shared/corpus/pages/SOURCES.md / og:url), the project's demo article and our own fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_PAGES } from '../corpus-paths';
import type { Route } from './server';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPUS = CORPUS_PAGES;

export interface TestPage {
  name: string;
  file: string;
  url: string;
  /** The charset the server sends in Content-Type (the GB2312 pages are GB2312 bytes). */
  charset: 'utf-8' | 'gb2312';
  article: boolean;
}

function corpus(name: string, url: string, article: boolean, charset: TestPage['charset'] = 'utf-8'): TestPage {
  return { name, file: path.join(CORPUS, `${name}.html`), url, charset, article };
}

/** Pages that hold an article a Sina template knows (../shared/corpus/pages/SOURCES.md, first two parts). */
export const ARTICLE_PAGES: TestPage[] = [
  corpus('gne-finance-roll-2018-12-28-ihqfskcn2160999', 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', true),
  corpus('gne-finance-usstock-2019-09-09-iicezzrq4681677', 'https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml', true),
  corpus('gne-news-2019-09-07-iicezzrq4076655', 'https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml', true),
  corpus('gne-news-2019-10-23-iicezuev4202091', 'https://news.sina.com.cn/c/2019-10-23/doc-iicezuev4202091.shtml', true),
  corpus('gne-news-2019-11-25-iihnzahi3275702', 'https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml', true),
  corpus('gne-tech-old-artibodyTitle-2019-09-11-iicezzrq4972166', 'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml', true),
  corpus('magichtml-finance-forex-2016-05-25-ifxsktkp9337164', 'http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml', true),
  corpus('magichtml-mobile-finance.sina.cn-sa-2005-08-26-ikknscsi2623250', 'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html', true),
  corpus('magichtml-news-c-2024-05-10-inausehc2630922', 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml', true),
  corpus('magichtml-news-o-2024-05-16-inavmmfi1968342', 'https://news.sina.com.cn/o/2024-05-16/doc-inavmmfi1968342.shtml', true),
];

/**
 * Sina pages that are not articles (the corpus SOURCES.md, non-article part) and the 2004/2005 GB2312 pages no template
 * knows (the corpus SOURCES.md, GB2312 part; their URLs are not recorded, these are plausible ones of their channel).
 * The extension must leave every one of them exactly as it was.
 */
export const OTHER_PAGES: TestPage[] = [
  corpus('dotaartist-nonarticle-finance-home-2020-03-30', 'https://finance.sina.com.cn/', false),
  corpus('duenaive-nonarticle-www-home-2018-10-18', 'https://www.sina.com.cn/', false),
  corpus('fightingtop-nonarticle-news-home-2018-02-28', 'https://news.sina.com.cn/', false),
  // `<meta charset=gb2312>` but the bytes are UTF-8 (SOURCES.md): the header tells the truth.
  corpus('kx724-nonarticle-vipstock-corp-financesummary-600519', 'https://vip.stock.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml', false),
  corpus('luomumzh-nonarticle-search-result-2022-01-11', 'https://search.sina.com.cn/?q=%E7%8E%B2%E5%A8%9C%E8%B4%9D%E5%84%BF&c=news', false),
  corpus('cwced-legacy2005-gb2312-chanye.finance-sm-2005-03-21', 'http://finance.sina.com.cn/chanjing/b/20050321/11211489963.shtml', false, 'gb2312'),
  corpus('cwced-legacy2005-gb2312-house-finance-2005-03-31', 'http://house.sina.com.cn/news/2005-03-31/0318123456.html', false, 'gb2312'),
  corpus('cwced-legacy2004-gb2312-unknown-channel', 'http://tech.sina.com.cn/other/2004-09-15/0917421234.shtml', false, 'gb2312'),
];

/** The project's demo article (demo/, written for the project in the 2018+ desktop template). */
export const DEMO_PAGE: TestPage = {
  name: 'demo-article',
  file: path.join(ROOT, 'demo/finance-article.html'),
  url: 'https://finance.sina.com.cn/china/gncj/2024-03-18/doc-inamqdemo7283940.shtml',
  charset: 'utf-8',
  article: true,
};

/** The demo article's picture (an illustration drawn for the demo), at the URL the page uses. */
export const DEMO_IMAGE: Route = {
  url: 'https://n.sinaimg.cn/finance/demo/w500h280/20240318/demo-port-cars.png',
  body: readFileSync(path.join(ROOT, 'demo/port-cars.png')),
  contentType: 'image/png',
};

/** Our own fixture: an article carrying script-injection attempts (tests/e2e/fixtures). */
export const HOSTILE_PAGE: TestPage = {
  name: 'hostile-article',
  file: path.join(ROOT, 'tests/e2e/fixtures/hostile-article.html'),
  url: 'https://finance.sina.com.cn/china/gncj/2023-03-01/doc-imyihostile0001.shtml',
  charset: 'utf-8',
  article: true,
};

export const CORPUS_PRESENT = existsSync(CORPUS);

/**
 * `integrity="sha384-…"` attributes go from the served page: the CDN files they pin are not in the
 * corpus, and a stylesheet that fails its integrity check fires the page's own
 * `onerror='attackCatch(this)'` (magichtml-mobile-*) at the moment the parser resumes to define
 * attackCatch: a race the real site never runs, which failed CI twice with and without the
 * extension's timing. Nothing the extension reads is in those attributes. Works on the raw bytes
 * (GB2312/GBK pages included: the match starts at an ASCII space, never inside a double-byte character).
 */
function withoutIntegrity(body: Buffer): Buffer {
  return Buffer.from(body.toString('latin1').replace(/\sintegrity=(?:'[^']*'|"[^"]*")/gi, ''), 'latin1');
}

export function routeFor(page: TestPage): Route {
  return { url: page.url, body: withoutIntegrity(readFileSync(page.file)), contentType: `text/html; charset=${page.charset}` };
}

/** The same page at its other scheme (every page is tested on http and https somewhere). */
export function withScheme(page: TestPage, scheme: 'http' | 'https'): TestPage {
  return { ...page, url: page.url.replace(/^https?:/, `${scheme}:`) };
}
