/** detectPage: URL and DOM together; non-articles are reported, other sites left alone. */
import { describe, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectPage } from '../../utils/detect';
import { hasArticleStamp, looksLikeSina, stripSinaTitleTail } from '../../utils/sina-page';
import { listPages, loadPage, PAGES, parse } from './helpers/corpus';

describeCorpus('detectPage on the corpus', () => {
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

  it('Sina non-article pages saved locally (no og:url) are known by their DOM: not articles', () => {
    const notArticle = { site: 'sina', kind: 'not-article', reason: 'saved Sina page with no article template' };
    // kx724-* declares gb2312 but its bytes are UTF-8 (the CLI's decoder sees through it).
    const quote = parse(readFileSync(path.join(PAGES, 'kx724-nonarticle-vipstock-corp-financesummary-600519.html'), 'utf8'));
    for (const url of ['file:///tmp/x.html', '']) {
      expect(detectPage(quote, url)).toEqual(notArticle); // title "…(600519)财务摘要_新浪财经_新浪网"
      for (const n of ['dotaartist-nonarticle-finance-home-2020-03-30.html', 'duenaive-nonarticle-www-home-2018-10-18.html', 'luomumzh-nonarticle-search-result-2022-01-11.html']) {
        for (const kind of ['happy-dom', 'linkedom', 'jsdom'] as const) expect(detectPage(loadPage(n, kind), url), `${n} ${kind}`).toEqual(notArticle);
      }
    }
  });

  it('the same markers do not turn a non-Sina page, or a Sina page at its URL, into something else', () => {
    const page = (title: string) => parse(`<html><head><title>${title}</title></head><body><p>x</p></body></html>`);
    expect(detectPage(page('新闻搜索_新浪搜索_新浪网'), 'file:///x.html')).toMatchObject({ kind: 'not-article' });
    expect(detectPage(page('新浪网的故事_某某网'), 'file:///x.html')).toEqual({ site: 'other' });
    expect(detectPage(page('新闻搜索_新浪搜索_新浪网'), 'https://example.org/a.html')).toEqual({ site: 'other' });
  });

  it('2004/2005 GB2312 pages carry the CMS article stamp: "other" (the fallback reads them) in every DOM', () => {
    for (const n of listPages((f) => f.startsWith('cwced-'))) {
      for (const kind of ['happy-dom', 'linkedom', 'jsdom'] as const) {
        const doc = loadPage(n, kind);
        expect(looksLikeSina(doc), `${n} ${kind}`).toBe(true);
        expect(hasArticleStamp(doc), `${n} ${kind}`).toBe(true);
        expect(detectPage(doc, ''), `${n} ${kind}`).toEqual({ site: 'other' });
      }
    }
    // Home pages carry "<!-- [ published at … ] -->" without the ids: no stamp.
    expect(hasArticleStamp(loadPage('dotaartist-nonarticle-finance-home-2020-03-30.html'))).toBe(false);
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

describe('stripSinaTitleTail', () => {
  it('drops the channel and site suffix of legacy titles (cwced-* <title>s), keeps the rest', () => {
    expect(stripSinaTitleTail('投身外交(3)_读书频道_新浪网')).toBe('投身外交(3)');
    expect(stripSinaTitleTail('四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网')).toBe('四年前中500万现穷困潦倒 一夜暴富后如何经营');
    expect(stripSinaTitleTail('拿出10万元投资房产 小两口尝试以钱生钱(图)_新浪房产_新浪网')).toBe('拿出10万元投资房产 小两口尝试以钱生钱(图)');
    expect(stripSinaTitleTail('贵州茅台(600519)财务摘要_新浪财经_新浪网')).toBe('贵州茅台(600519)财务摘要');
    expect(stripSinaTitleTail('A_B title with no Sina suffix')).toBe('A_B title with no Sina suffix');
    expect(stripSinaTitleTail('_新浪网')).toBe('_新浪网');
  });
});
