// @vitest-environment jsdom
/** A huge article (thousands of paragraphs, as long live blogs have): nothing lost, no blow-up. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import { createSanitizer } from '../../utils/sanitize';
import { article, splitPost } from './helpers';

const N = 3000;
const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const raw = Array.from({ length: N }, (_, i) => `<p>　　第${i}段 *重要* {{x}} <a href="https://x.example/${i}">链接</a></p>`).join('\n');

describe(`an article of ${N} paragraphs`, () => {
  const html = sanitize(raw);
  const a = article({ html });

  it('keeps every paragraph through the sanitizer', () => {
    expect(html.match(/<p>/g)).toHaveLength(N);
  });

  it('keeps every paragraph in hexo, markdown and html', () => {
    const hexo = splitPost(exportArticle(a, 'hexo').content).body;
    expect(hexo.match(/<p>/g)).toHaveLength(N);
    expect(hexo).not.toMatch(/[{}]/);
    const md = splitPost(exportArticle(a, 'markdown').content).body;
    expect(md.match(/^第\d+段 \\\*重要\\\* &#123;\{x\}\} \[链接\]\(https:\/\/x\.example\/\d+\)$/gm)).toHaveLength(N);
    expect(exportArticle(a, 'html').content.match(/<p>/g)).toHaveLength(N);
  });
});
