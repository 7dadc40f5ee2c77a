/**
 * The seed (../shared/seed/seed-post.md): a 2018+ page whose article is the seed's body, with
 * the seed's title and time, gives the seed's metadata and a clean body; cleanArtibody on the
 * bare body (the archive-repair path) learns the same facts.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { cleanArtibody } from '../../utils/clean-fragment';
import { extractArticle } from '../../utils/extract';
import { CORPUS, htmlDoc, htmlText, parse, squash } from './helpers/corpus';
import { pageFromPost, readPost } from './helpers/page-from-post';

const SEED = path.resolve(CORPUS, '../seed/seed-post.md');
const URL = 'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml';
const PNG = 'https://n.sinaimg.cn/finance/crawl/677/w550h127/20220725/036e-eb35d114f623e700d84d11c4bc3a6cce.png';

function seedPage(publishedMeta?: string, source = '吉林省人民政府网'): Document {
  const post = readPost(SEED);
  return parse(pageFromPost({ title: post.title, body: post.body, dateText: '2022年07月25日 22:31', publishedMeta, source, url: URL }));
}

describeCorpus('the seed', () => {
  it('gives the seed metadata', () => {
    const r = extractArticle(seedPage('2022-07-25T22:31:46+08:00'), {});
    if (!r.ok) throw new Error(r.message);
    const a = r.article;
    expect(a.title).toBe('景俊海韩俊率队与国家有关部委举行工作会谈');
    expect(a.published).toBe('2022-07-25T14:31:46.000Z');
    expect(a.url).toBe(URL);
    expect(a.docId).toBe('imizirav5391234');
    expect(a.categories).toEqual(['新浪财经－国內']);
    expect(a.leadImage).toBe(PNG);
    expect(a.editor).toBe('王蒙');
    expect(a.source).toBe('吉林省人民政府网');
    expect(a.originalTitle).toBe('景俊海韩俊率队与国家有关部委举行工作会谈');
    expect(a.tags).toContain('sz300832');
    expect(a.template).toBe('sina-desktop');
    expect(a.siteName).toBe('新浪财经');
  });

  it('falls back to the visible Beijing time without the meta, and to the body 来源 line', () => {
    const r = extractArticle(seedPage(undefined, ''), {});
    if (!r.ok) throw new Error(r.message);
    expect(r.article.published).toBe('2022-07-25T14:31:00.000Z');
    expect(r.article.source).toBe('吉林省人民政府网');
  });

  it('has a clean body that keeps the article text in order', () => {
    const r = extractArticle(seedPage('2022-07-25T22:31:46+08:00'), {});
    if (!r.ok) throw new Error(r.message);
    const body = htmlDoc(r.article.html);
    const ps = [...body.querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(ps[0]).toBe('\u3000\u3000原标题：景俊海韩俊率队与国家有关部委举行工作会谈');
    expect(ps[1]).toBe('\u3000\u3000来源：吉林省人民政府网');
    expect(ps).toHaveLength(6);
    expect(ps[5]).toContain('（黄鹭）');
    expect(squash(htmlText(r.article.html))).toContain('大力发展“六新产业”、加快建设“四新设施”');
    const imgs = body.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]?.getAttribute('src')).toBe(PNG);
    expect(imgs[0]?.closest('.img_wrapper')).not.toBeNull();
    expect(r.article.html).not.toMatch(/<!--|appendQr|<style|quote_|stock_|article-editor|343233024|责任编辑/);
    // junk removed: 11 comments, style, .appendQr_wrap, quote span, editor line = 15
    expect(r.report).toEqual({
      template: 'sina-desktop',
      matched: expect.objectContaining({ 'div#artibody': 1, style: 1, '.appendQr_wrap': 1, 'span[id^="quote_"]': 1, 'p.article-editor': 1 }),
      removed: 15,
      hidden: 0,
    });
  });

  it('cleanArtibody on the bare body (archive repair) learns the same', () => {
    const doc = htmlDoc(readPost(SEED).body);
    const root = doc.getElementById('x') as Element;
    root.remove();
    const r = cleanArtibody(root, URL);
    expect(r).toEqual({
      editor: '王蒙',
      source: '吉林省人民政府网',
      originalTitle: '景俊海韩俊率队与国家有关部委举行工作会谈',
      tags: ['sz300832'],
      leadImage: PNG,
      removed: 15,
    });
    expect(cleanArtibody(root, URL)).toEqual({
      source: '吉林省人民政府网',
      originalTitle: '景俊海韩俊率队与国家有关部委举行工作会谈',
      tags: [],
      leadImage: PNG,
      removed: 0,
    });
  });
});
