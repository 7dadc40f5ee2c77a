// @vitest-environment jsdom
/**
 * Every archived post in ../shared/corpus/posts (real `#artibody` bodies, 2021–2023): an article
 * built from the post's own front matter exports to the same front matter (the archive's shape
 * holds on ~80 real titles and dates), and each body, sanitized, gives a Hexo body Hexo cannot
 * misread and a Markdown body that keeps every paragraph's text (as marked renders it: `<`, `>`,
 * `&` and template braces are character references in the file).
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import type { Article } from '../../utils/model';
import { createSanitizer } from '../../utils/sanitize';
import { parseFrontMatter, SHARED, splitPost } from './helpers';
import { activeContent, render, RENDERERS, templateDelimiters } from './rendered';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const POSTS = path.join(SHARED, 'corpus/posts');
const files = readdirSync(POSTS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');

const decodeBraces = (s: string) => s.replace(/&#123;/g, '{').replace(/&#125;/g, '}');
/** Text for comparison: no whitespace, no Markdown punctuation turndown adds or escapes. */
const squash = (s: string) => s.replace(/[\s\u3000\u00a0\\*_`~|#>[\]-]/g, '');

function fromPost(content: string): { article: Article; fm: Record<string, unknown> } {
  const fm = parseFrontMatter(content);
  const body = decodeBraces(splitPost(content).body).trim().replace(/^<div>/, '').replace(/<\/div>$/, '');
  const categories = fm.categories as string[];
  const article: Article = {
    title: fm.title as string,
    url: '',
    published: new Date(fm.date as string).toISOString(),
    categories: categories.slice(2),
    tags: [],
    leadImage: fm.headimg as string,
    html: sanitize(body),
    template: 'sina-desktop',
  };
  return { article, fm };
}

describe('corpus posts', () => {
  it('are there', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const file of files) {
    it(file, () => {
      const { article, fm } = fromPost(readFileSync(path.join(POSTS, file), 'utf8'));
      const categories = (fm.categories as string[]).slice(0, 2);
      const hexo = exportArticle(article, 'hexo', { categories, author: fm.author as string });
      expect(parseFrontMatter(hexo.content)).toEqual(fm);
      expect(Object.keys(parseFrontMatter(hexo.content))).toEqual(Object.keys(fm));

      const { body } = splitPost(hexo.content);
      expect(body).not.toMatch(/[{}]/);
      expect(body.trim()).toMatch(/^<div>\n[\s\S]*\n<\/div>$/);
      expect(body.trim().split('\n').some((l) => l.trim() === '')).toBe(false);

      const md = splitPost(exportArticle(article, 'markdown').content).body;
      const rendered = render(md, RENDERERS[0]!);
      expect(activeContent(rendered)).toEqual([]);
      expect(templateDelimiters(md)).toEqual([]);
      const mdText = squash(rendered.body.textContent ?? '');
      const doc = new JSDOM(article.html).window.document;
      for (const p of Array.from(doc.querySelectorAll('p')).filter((x) => !x.closest('table'))) {
        expect(mdText).toContain(squash(p.textContent ?? ''));
      }
      expect(md).not.toMatch(/^[\u3000\u00a0]/m);
    });
  }
});
