// @vitest-environment jsdom
/**
 * readabilityExtract: on real corpus pages (text compared with their *.expected.json), on a
 * small non-Sina page of our own (metadata, absolute URLs, lazy image, sanitizing), on a page
 * with no article (a clear failure), and never mutating the document it is given.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window as HappyWindow } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { describeCorpus, itCorpus } from '../support/corpus';
import { readabilityExtract, toIsoUtc } from '../../utils/fallback';
import type { Article, ExtractResult } from '../../utils/model';
import { FIXTURES, SHARED } from './helpers';

const quiet = new VirtualConsole(); // Sina's CSS makes jsdom's CSS parser complain; not our concern here.

/** Decode a saved page by its declared charset (old Sina pages are GBK), parse with jsdom. */
function load(file: string): Document {
  const bytes = readFileSync(file);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const html = new TextDecoder(charset).decode(bytes);
  return new JSDOM(html, { virtualConsole: quiet }).window.document;
}

function ok(r: ExtractResult): Article {
  if (!r.ok) throw new Error(`expected an article, got ${r.reason}: ${r.message}`);
  return r.article;
}

const textOf = (html: string) => new JSDOM(html).window.document.body.textContent?.replace(/\s+/g, '') ?? '';

describeCorpus('readabilityExtract on corpus pages', () => {
  const pages = [
    'magichtml-news-c-2024-05-10-inausehc2630922',
    'magichtml-finance-forex-2016-05-25-ifxsktkp9337164',
  ];
  for (const name of pages) {
    it(`${name}: the expected text, sanitized, document untouched`, () => {
      const doc = load(path.join(SHARED, 'corpus/pages', `${name}.html`));
      const expected = JSON.parse(readFileSync(path.join(SHARED, 'corpus/pages', `${name}.expected.json`), 'utf8')) as {
        url: string;
        content: string;
      };
      const before = doc.documentElement.outerHTML;
      const a = ok(readabilityExtract(doc, expected.url));
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(a.template).toBe('readability');
      expect(a.title.length).toBeGreaterThan(5);
      expect(a.title).not.toMatch(/_新浪/);
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(a.html).not.toMatch(/<script|<style|<iframe|\son\w+=/i);
      const got = textOf(a.html);
      // Every expected paragraph is in the extracted text (whitespace ignored).
      const paragraphs = expected.content.split('\n').map((p) => p.replace(/\s+/g, '')).filter((p) => p.length > 10);
      expect(paragraphs.length).toBeGreaterThan(3);
      const missing = paragraphs.filter((p) => !got.includes(p));
      expect(missing).toEqual([]);
      for (const img of new JSDOM(a.html).window.document.querySelectorAll('img')) {
        expect(img.getAttribute('src')).toMatch(/^https?:\/\//);
        expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
      }
    });
  }
});

describe('readabilityExtract on a non-Sina page', () => {
  const url = 'https://news.example.org/news/2022/07/wine-7-14?utm_source=x';
  const doc = load(path.join(FIXTURES, 'fallback/non-sina.html'));
  const before = doc.documentElement.outerHTML;
  const a = ok(readabilityExtract(doc, url));
  const body = new JSDOM(a.html).window.document;

  it('fills the model from the page metadata', () => {
    expect(a).toMatchObject({
      title: 'Wine 7.14 released with better gaming support',
      url: 'https://news.example.org/2022/07/wine-7-14',
      published: '2022-07-15T18:00:00.000Z',
      author: 'Jane Doe',
      siteName: 'Example News',
      lang: 'en',
      categories: [],
      tags: ['wine', 'linux', 'gaming', 'windows'],
      leadImage: 'https://news.example.org/news/img/wine-logo.png',
      template: 'readability',
    });
  });

  it('keeps the article text and drops navigation, sidebar and footer', () => {
    const text = body.body.textContent ?? '';
    expect(text).toContain('The Wine project has released version 7.14');
    expect(text).toContain('planned for early next year');
    expect(text).not.toMatch(/Something else entirely|Privacy|About us/);
  });

  it('makes URLs absolute (page <base>), resolves the lazy image, drops javascript: links', () => {
    const srcs = Array.from(body.querySelectorAll('img'), (i) => i.getAttribute('src'));
    expect(srcs).toEqual(['https://news.example.org/news/img/wine-logo.png', 'https://cdn.example.org/img/screenshot.jpg']);
    const hrefs = Array.from(body.querySelectorAll('a'), (x) => x.getAttribute('href'));
    // Readability turns the javascript: link into its text; the sanitizer would drop the href anyway.
    expect(hrefs).toEqual(['https://www.winehq.org/', 'https://news.example.org/changelog.html']);
    expect(body.body.textContent).toContain('A tricky link and a relative changelog');
    expect(a.html).not.toMatch(/onerror|javascript:|<script/i);
  });

  it('does not mutate the document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same article from linkedom (the CLI) and happy-dom documents, untouched', () => {
    const html = readFileSync(path.join(FIXTURES, 'fallback/non-sina.html'), 'utf8');
    const linked = parseHTML(html).document as unknown as Document;
    const happy = new HappyWindow({ url });
    happy.document.write(html);
    for (const other of [linked, happy.document as unknown as Document]) {
      const untouched = other.documentElement.outerHTML;
      expect(ok(readabilityExtract(other, url))).toEqual(a);
      expect(other.documentElement.outerHTML).toBe(untouched);
    }
  });
});

describe('readabilityExtract on the 2004/2005 GB2312 Sina pages (no template)', () => {
  const names = ['cwced-legacy2004-gb2312-unknown-channel', 'cwced-legacy2005-gb2312-chanye.finance-sm-2005-03-21', 'cwced-legacy2005-gb2312-house-finance-2005-03-31'];
  itCorpus.each(names)('%s: the expected text, the title without its "_频道_新浪网" suffix', (name) => {
    const file = path.join(SHARED, 'corpus/pages', `${name}.html`);
    const a = ok(readabilityExtract(load(file), ''));
    expect(a.title.length).toBeGreaterThan(3);
    expect(a.title).not.toMatch(/_新浪|_$/);
    const expected = readFileSync(path.join(SHARED, 'corpus/pages', `${name}.expected.txt`), 'utf8');
    // The dataset's cleaned text (after "## cleaned") has stray spaces and merged lines: sentences, ≥ 70 %.
    const body = expected.split(/^## cleaned\s*$/m)[1] ?? '';
    const sentences = body.split(/[。！？\n]/).map((p) => p.replace(/[\s\u3000]+/g, '')).filter((p) => p.length >= 15);
    expect(sentences.length).toBeGreaterThan(0);
    const got = textOf(a.html);
    expect(sentences.filter((p) => got.includes(p)).length / sentences.length).toBeGreaterThanOrEqual(0.7);
  });

  it('a non-Sina title keeps its underscores', () => {
    const html = `<html><head><title>Notes_on_testing_Example</title></head><body><article><p>${'Plain article text. '.repeat(20)}</p></article></body></html>`;
    const a = ok(readabilityExtract(new JSDOM(html).window.document, 'https://example.org/notes'));
    expect(a.title).toBe('Notes_on_testing_Example');
  });
});

describe('readabilityExtract on a Chinese page whose title heading sits with the paragraphs', () => {
  // Readability's own "heading repeats the title" test finds no words in Chinese (it splits on \W+):
  // the title came back as the body's first heading too (reader view and saved post).
  const title = '港口吞吐量稳步回升 外贸订单改善';
  const para = (n: number) => `<p>第${n}段：${'港口集装箱吞吐量同比增长，外贸企业订单有所改善。'.repeat(4)}</p>`;
  const html = `<html><head><title>${title}_某某财经</title><meta property="og:title" content="${title}"></head><body>
    <nav><a href="/">首页</a></nav><div class="main"><h1>${title}</h1><div class="meta"><span>来源：某某财经</span></div>
    ${para(1)}${para(2)}<h2>外贸企业订单有所改善</h2>${para(3)}${para(4)}</div></body></html>`;

  it.each(['jsdom', 'linkedom'] as const)('drops the heading that repeats the title, keeps the others (%s)', (kind) => {
    const doc = kind === 'jsdom' ? new JSDOM(html).window.document : (parseHTML(html).document as unknown as Document);
    const a = ok(readabilityExtract(doc, 'https://news.example.org/a.html'));
    expect(a.title).toBe(title);
    const headings = Array.from(new JSDOM(a.html).window.document.querySelectorAll('h1, h2, h3'), (h) => h.textContent?.trim());
    expect(headings).toEqual(['外贸企业订单有所改善']);
    expect(textOf(a.html)).toContain('第4段');
  });
});

describe('readabilityExtract without an article', () => {
  it.each(['jsdom', 'linkedom'] as const)('refuses a page nested 1,000 levels deep at once (%s)', (kind) => {
    const html = `<html><body>${'<div>'.repeat(1000)}<p>${'deep text '.repeat(30)}</p>${'</div>'.repeat(1000)}</body></html>`;
    const doc = kind === 'jsdom' ? new JSDOM(html).window.document : (parseHTML(html).document as unknown as Document);
    const t0 = performance.now();
    const r = readabilityExtract(doc, 'https://example.org/deep');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r).toMatchObject({ ok: false, reason: 'no-content', template: 'readability' });
    if (!r.ok) expect(r.message).toMatch(/nested more than 256 levels/);
  });

  it('fails clearly with no-content', () => {
    const doc = load(path.join(FIXTURES, 'fallback/no-article.html'));
    const r = readabilityExtract(doc, 'https://example.org/login');
    expect(r).toMatchObject({ ok: false, reason: 'no-content', template: 'readability' });
    if (!r.ok) expect(r.message).toMatch(/No article found/);
  });

  itCorpus.each([
    'dotaartist-nonarticle-finance-home-2020-03-30',
    'duenaive-nonarticle-www-home-2018-10-18',
    'fightingtop-nonarticle-news-home-2018-02-28',
  ])('fails on the home page %s (mostly links)', (name) => {
    const doc = load(path.join(SHARED, 'corpus/pages', `${name}.html`));
    const r = readabilityExtract(doc, 'https://www.example.org/');
    expect(r).toMatchObject({ ok: false, reason: 'no-content' });
    if (!r.ok) expect(r.message).toMatch(/mostly links/);
  });

  it('fails clearly on an empty document', () => {
    const doc = new JSDOM('').window.document;
    expect(readabilityExtract(doc, 'https://example.org/').ok).toBe(false);
  });
});

describe('toIsoUtc', () => {
  it('reads offsets, and zone-less times as Beijing on .cn/Sina hosts and UTC elsewhere', () => {
    expect(toIsoUtc('2022-07-25T22:31:46+08:00', 'https://x.org/')).toBe('2022-07-25T14:31:46.000Z');
    expect(toIsoUtc('2022-07-25 22:31:46', 'https://finance.sina.com.cn/a')).toBe('2022-07-25T14:31:46.000Z');
    expect(toIsoUtc('2022-07-25 22:31', 'https://finance.sina.cn/a')).toBe('2022-07-25T14:31:00.000Z');
    expect(toIsoUtc('2022-07-25T22:31:46', 'https://example.org/a')).toBe('2022-07-25T22:31:46.000Z');
    expect(toIsoUtc('not a date', 'https://example.org/')).toBeUndefined();
    expect(toIsoUtc('', 'https://example.org/')).toBeUndefined();
  });
});
