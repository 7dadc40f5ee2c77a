/** detectPage: URL and DOM together; non-articles are reported, other sites left alone. */
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../utils/detect';
import { hasCorpus, loadPage, parse } from './helpers/corpus';

describe.skipIf(!hasCorpus)('detectPage on the corpus', () => {
  it.each([
    ['gne-finance-roll-2018-12-28-ihqfskcn2160999.html', 'sina-desktop'],
    ['gne-finance-usstock-2019-09-09-iicezzrq4681677.html', 'sina-desktop'],
    ['gne-news-2019-09-07-iicezzrq4076655.html', 'sina-news'],
    ['gne-news-2019-10-23-iicezuev4202091.html', 'sina-news'],
    ['gne-news-2019-11-25-iihnzahi3275702.html', 'sina-news'],
    ['gne-tech-old-artibodyTitle-2019-09-11-iicezzrq4972166.html', 'sina-legacy'],
    ['magichtml-finance-forex-2016-05-25-ifxsktkp9337164.html', 'sina-legacy'],
    ['magichtml-mobile-finance.sina.cn-sa-2005-08-26-ikknscsi2623250.html', 'sina-mobile'],
    ['magichtml-news-c-2024-05-10-inausehc2630922.html', 'sina-news'],
    ['magichtml-news-o-2024-05-16-inavmmfi1968342.html', 'sina-news'],
  ])('%s is a %s article from a local file URL (og:url decides)', (name, template) => {
    expect(detectPage(loadPage(name), 'file:///tmp/saved.html')).toEqual({ site: 'sina', kind: 'article', template });
  });

  it.each([
    ['dotaartist-nonarticle-finance-home-2020-03-30.html', 'https://finance.sina.com.cn/', 'home'],
    ['duenaive-nonarticle-www-home-2018-10-18.html', 'https://www.sina.com.cn/', 'home'],
    ['fightingtop-nonarticle-news-home-2018-02-28.html', 'https://news.sina.com.cn/', 'home'],
    ['fightingtop-nonarticle-news-home-2018-02-28.html', 'https://news.sina.com.cn/china/', 'list'],
    ['kx724-nonarticle-vipstock-corp-financesummary-600519.html', 'https://vip.stock.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml', 'quotes'],
    ['luomumzh-nonarticle-search-result-2022-01-11.html', 'https://search.sina.com.cn/?q=%E8%8C%85%E5%8F%B0&c=news', 'search'],
  ])('%s at %s is not an article (%s)', (name, url, reason) => {
    expect(detectPage(loadPage(name), url)).toEqual({ site: 'sina', kind: 'not-article', reason });
  });

  it('non-article pages saved locally (no og:url) are "other": nothing to clean', () => {
    for (const n of ['dotaartist-nonarticle-finance-home-2020-03-30.html', 'luomumzh-nonarticle-search-result-2022-01-11.html']) {
      expect(detectPage(loadPage(n), 'file:///tmp/x.html')).toEqual({ site: 'other' });
    }
  });

  it('2004/2005 GB2312 pages match no template: "other" (fallback), also at their Sina URL', () => {
    const doc = loadPage('cwced-legacy2005-gb2312-chanye.finance-sm-2005-03-21.html');
    expect(detectPage(doc, '')).toEqual({ site: 'other' });
    expect(detectPage(doc, 'http://chanye.finance.sina.com.cn/sm/2005-03-21/244339.shtml')).toEqual({ site: 'other' });
  });

  it('a page served from localhost is judged by its og:url', () => {
    const doc = loadPage('gne-finance-roll-2018-12-28-ihqfskcn2160999.html');
    expect(detectPage(doc, 'http://localhost:5173/page.html')).toMatchObject({ kind: 'article', template: 'sina-desktop' });
  });
});

describe('detectPage on small documents', () => {
  const desktop = '<h1 class="main-title">T</h1><div id="artibody"><p>x</p></div>';
  it('needs the DOM: an article URL without a known template is "other" (fallback may try)', () => {
    expect(detectPage(parse('<p>hello</p>'), 'https://finance.sina.com.cn/china/2022-07-25/doc-imizirav5391234.shtml')).toEqual({ site: 'other' });
  });
  it('a Sina DOM on a non-Sina http site is "other"', () => {
    expect(detectPage(parse(desktop), 'https://example.com/a.html')).toEqual({ site: 'other' });
  });
  it('a Sina DOM saved without canonical is a Sina article (local URL)', () => {
    expect(detectPage(parse(desktop), '')).toEqual({ site: 'sina', kind: 'article', template: 'sina-desktop' });
  });
  it.each([
    ['https://finance.sina.com.cn/7x24/', '7x24'],
    ['https://video.sina.com.cn/p/news/2019-10-23/detail-iicezzrr4251736.d.html', 'video-or-gallery'],
    ['https://slide.news.sina.com.cn/s/slide_1_2841_123.html', 'video-or-gallery'],
  ])('%s is not an article (%s) even with an article-like DOM', (url, reason) => {
    expect(detectPage(parse(desktop), url)).toEqual({ site: 'sina', kind: 'not-article', reason });
  });
  it('other sites are "other"', () => {
    expect(detectPage(parse('<article><p>x</p></article>'), 'https://www.example.org/news/1')).toEqual({ site: 'other' });
  });
});
