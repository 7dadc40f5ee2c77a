/**
 * Output on pages we do not know (the Readability fallback): the title is the article's heading,
 * not the `<title>` with its site suffix, and the heading is not left in the body; a host name is
 * never the author; a Sina channel page is filed under its channel; a 2005 Sina page gets its
 * visible date, source and picture. Fixtures tests/fixtures/core/fallback-* and the real
 * GB2312 pages of ../shared/corpus/pages (decoded from their charset, as the command line does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { exportArticle } from '../../utils/export';
import type { Article } from '../../utils/model';
import { htmlDoc, parse, readPage, type DomKind } from './helpers/corpus';
import { describeCorpus } from '../support/corpus';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/core');

function extractHtml(html: string, kind: DomKind | 'jsdom-quiet', url?: string): Article {
  const doc = kind === 'jsdom-quiet' ? new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document : parse(html, kind);
  const r = extractArticle(doc, { url });
  if (!r.ok) throw new Error(`${r.reason} ${r.message}`);
  return r.article;
}
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8');
const headings = (html: string) => [...htmlDoc(html).querySelectorAll('h1, h2, h3')].map((h) => h.textContent?.trim());

describe.each(['happy-dom', 'linkedom', 'jsdom-quiet'] as const)('fallback-heading-host-author (%s)', (kind) => {
  const a = extractHtml(fixture('fallback-heading-host-author'), kind);
  it('title from the h1, not "…_东岸财经网"', () => expect(a.title).toBe('央行开展逆回购操作 净投放资金2000亿元'));
  it('the heading is not in the body as well', () => expect(headings(a.html)).not.toContain(a.title));
  it('meta author "www.dongan-caijing.cn" is the host: no author', () => expect(a.author).toBeUndefined());
  it('a non-Sina page has no channel categories; the export files it under the site, not 新浪财经', () => {
    expect(a.categories).toEqual([]);
    expect(exportArticle(a, 'hexo').content).not.toContain('新浪财经');
  });
});

describe.each(['happy-dom', 'linkedom', 'jsdom-quiet'] as const)('fallback-sina-2005-news (%s)', (kind) => {
  const a = extractHtml(fixture('fallback-sina-2005-news'), kind);
  it('goes to the fallback', () => expect(a.template).toBe('readability'));
  it('visible date and source of the line under the headline', () => {
    expect(a.published).toBe('2005-03-21T03:21:00.000Z');
    expect(a.source).toBe('新华网');
  });
  it('its picture stays, and leads', () => {
    const src = 'http://image2.sina.com.cn/IT/test/2005-03-21/U100P1T1D1F1DT20050321112000.jpg';
    expect([...htmlDoc(a.html).querySelectorAll('img')].map((i) => i.getAttribute('src'))).toContain(src);
    expect(a.leadImage).toBe(src);
  });
  it('news.sina.com.cn /c/: 新浪新闻 and its channel, not the finance archive', () => {
    expect(a.siteName).toBe('新浪新闻');
    expect(a.categories).toEqual(['新浪新闻－国内']);
    expect(a.title).toBe('测试：京津冀交通一体化规划出台(图)');
    const fm = exportArticle(a, 'hexo').content;
    expect(fm).toMatch(/categories:\s*\n - 新浪新闻\n - 新浪新闻－国内\n/);
    expect(fm).not.toContain('新浪财经');
  });
});

describeCorpus('the real 2005 GB2312 Sina pages', () => {
  it.each([
    ['cwced-legacy2005-gb2312-house-finance-2005-03-31.html', '2005-03-30T19:18:00.000Z', '北京娱乐信报', 'http://image2.sina.com.cn/hs/p/2005-03-31/U796P62T3D68306F72DT20050331104105.jpg'],
    ['cwced-legacy2005-gb2312-chanye.finance-sm-2005-03-21.html', '2005-03-21T03:21:00.000Z', '理财周刊', undefined],
  ])('%s: date (the dataset\'s), source and picture', (name, published, source, picture) => {
    const a = extractHtml(readPage(name), 'jsdom-quiet');
    expect(a.published).toBe(published);
    expect(a.source).toBe(source);
    if (picture) {
      expect(a.leadImage).toBe(picture);
      expect(a.html).toContain(picture);
    }
  });
});
