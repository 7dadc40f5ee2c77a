/**
 * Public XSS vectors (tests/fixtures/sanitize/vectors.json: DOMPurify's test vectors rewritten in
 * our format, plus mXSS, URL-disguise, SVG/MathML, raw-text and DOM-clobbering cases), each parsed
 * by linkedom, happy-dom and jsdom, written by the allowlist serializer, then parsed again by jsdom
 * and checked structurally (tests/sanitize/safe-html.ts). Then the same through every export
 * (HTML, Hexo, Markdown) and through `repair`'s body cleaning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { cleanArtibody } from '../../utils/clean-fragment';
import { exportArticle } from '../../utils/export/index';
import type { Article } from '../../utils/model';
import { cleanBody } from '../../utils/repair/clean-body';
import { serializeHtml } from '../../utils/serialize-html';
import { parseDocument } from '../../cli/dom';
import { bodyOf, DOMS, expectSafe, problems } from './safe-html';

interface Vector {
  name: string;
  html: string;
}

const VECTORS: Vector[] = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/sanitize/vectors.json'), 'utf8'));

const article = (html: string): Article => ({
  title: '标题', url: 'https://finance.sina.com.cn/a/doc-ixxxx1234567.shtml', html, template: 'sina-desktop', categories: [], tags: [],
});

/** The body of an exported file, rendered the way its reader would see it. */
function rendered(format: 'html' | 'hexo' | 'markdown', html: string): string {
  const content = exportArticle(article(html), format).content;
  // The page around the body is ours (utils/export/html.ts, tests/export/html.test.ts): the body.
  if (format === 'html') return /<p class="meta">.*<\/p>\n([\s\S]*)\n<\/article>/.exec(content)?.[1] ?? 'no body found';
  const body = content.replace(/^---\n[\s\S]*?\n---\n/, '');
  return marked.parse(body, { async: false });
}

describe('the structural check itself', () => {
  it('catches what it is meant to catch', () => {
    expect(problems('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<img src="https://a.example/x.png" onerror="alert(1)">')).not.toEqual([]);
    expect(problems('<p id="location">x</p>')).not.toEqual([]);
    expect(problems('<iframe></iframe>')).not.toEqual([]);
    expect(problems('<svg></svg>')).not.toEqual([]);
    expect(problems('<img src="data:image/png,x">')).not.toEqual([]);
    expect(problems('<p>ok <a href="https://a.example/" rel="noopener noreferrer">a</a></p>')).toEqual([]);
  });
});

describe('allowlist serializer on public vectors', () => {
  it('has the vectors', () => expect(VECTORS.length).toBeGreaterThan(100));

  for (const dom of DOMS) {
    it(`writes nothing dangerous from a ${dom} tree`, () => {
      for (const v of VECTORS) expectSafe(serializeHtml(bodyOf(v.html, dom)), `${v.name} (${dom})`);
    });
  }

  it('writes the same again when its output is read back (a fixed point)', () => {
    for (const v of VECTORS) {
      const once = serializeHtml(bodyOf(v.html, 'jsdom'));
      expect(serializeHtml(bodyOf(once, 'jsdom')), v.name).toBe(once);
    }
  });

  it('keeps the harmless text around the injections', () => {
    const out = (html: string) => serializeHtml(bodyOf(html, 'linkedom'));
    expect(out('<p>a<img src=x onerror="alert(1)">b</p>')).toBe('<p>ab</p>');
    expect(out('<p>a<img src="https://n.sinaimg.cn/a.png" onerror="alert(1)">b</p>')).toBe('<p>a<img src="https://n.sinaimg.cn/a.png" referrerpolicy="no-referrer">b</p>');
    expect(out('<script>alert(1)</script><p>ok</p>')).toBe('<p>ok</p>');
    expect(out('<font onclick=x>正文</font>')).toBe('正文');
    expect(out('<p>&lt;script&gt; "AT&amp;T"\u00a0</p>')).toBe('<p>&lt;script&gt; "AT&amp;T"&nbsp;</p>');
    expect(out('<a href="jav&#x09;ascript:alert(1)">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
  });
});

describe('every export and repair of the vectors', () => {
  const check = (format: 'html' | 'hexo' | 'markdown', v: Vector) =>
    expectSafe(rendered(format, serializeHtml(bodyOf(v.html, 'linkedom'))), `${v.name} (${format})`);
  for (const format of ['html', 'hexo', 'markdown'] as const) {
    it(`${format}: the rendered file is safe`, () => {
      for (const v of VECTORS) check(format, v);
    });
  }

  it('repair: a cleaned body is safe', () => {
    for (const v of VECTORS) {
      // The comment makes the rules change something, so the body is rewritten, not kept.
      const res = cleanBody(`<!-- x -->${v.html}`, { parseDocument, cleanArtibody });
      expect(res.changed, v.name).toBe(true);
      expectSafe(marked.parse(res.html, { async: false }), `${v.name} (repair)`);
    }
  });
});
