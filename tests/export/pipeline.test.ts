// @vitest-environment jsdom
/**
 * The whole path the popup and `sina-clean` take, with the real allowlist serializer: the seed's body put back
 * into a real 2018+ page (tests/core/helpers/page-from-post.ts) → extractArticle → exportArticle.
 * The Hexo post has the seed's front matter and a clean body: no QR block, no style, no comments,
 * no editor line, no quote spans — and the seed's text intact once `&#123;`/`&#125;` are read back.
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import { extractArticle } from '../../utils/extract';
import { pageFromPost, readPost } from '../core/helpers/page-from-post';
import { parseFrontMatter, SHARED, splitPost } from './helpers';

const SEED = path.join(SHARED, 'seed/seed-post.md');
const URL = 'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml';

function seedArticle() {
  const post = readPost(SEED);
  const html = pageFromPost({
    title: post.title,
    body: post.body,
    dateText: '2022年07月25日 22:31',
    publishedMeta: '2022-07-25T22:31:46+08:00',
    source: '吉林省人民政府网',
    url: URL,
  });
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  const r = extractArticle(doc, { url: URL });
  if (!r.ok) throw new Error(r.message);
  return r.article;
}

describe('seed page → extract → export', () => {
  const article = seedArticle();
  const seedFm = parseFrontMatter(readFileSync(SEED, 'utf8'));

  it("hexo: the seed's front matter, keys in order", () => {
    const fm = parseFrontMatter(exportArticle(article, 'hexo').content);
    expect(fm).toEqual(seedFm);
    expect(Object.keys(fm)).toEqual(Object.keys(seedFm));
  });

  it('hexo: a clean body with the text of the seed', () => {
    const { body } = splitPost(exportArticle(article, 'hexo').content);
    expect(body).not.toMatch(/[{}]|<style|<!--|appendQr|海量资讯|责任编辑|quote_|stock_|<script|\sid=/);
    expect(body).toMatch(/^\n<div>\n<p>　　原标题：景俊海韩俊率队与国家有关部委举行工作会谈<\/p>\n/);
    expect(body).toContain('大力发展“六新产业”、加快建设“四新设施”');
    expect(body).toContain('referrerpolicy="no-referrer"');
    expect(body.trimEnd().endsWith('（黄鹭）</p>\n</div>')).toBe(true);
  });

  it('hexo-full: tags, link, source, original title and editor from the page', () => {
    const fm = parseFrontMatter(exportArticle(article, 'hexo-full').content);
    expect(fm).toMatchObject({ link: URL, source: '吉林省人民政府网', original_title: '景俊海韩俊率队与国家有关部委举行工作会谈', editor: '王蒙' });
    expect(fm.tags).toContain('sz300832');
  });

  it('markdown: paragraphs without indentation, the picture kept', () => {
    const md = splitPost(exportArticle(article, 'markdown').content).body;
    expect(md).toMatch(/^\n原标题：景俊海韩俊率队与国家有关部委举行工作会谈\n\n来源：吉林省人民政府网\n\n!\[\]\(https:\/\/n\.sinaimg\.cn\//);
    expect(md).not.toMatch(/　　|海量资讯|责任编辑/);
  });
});
