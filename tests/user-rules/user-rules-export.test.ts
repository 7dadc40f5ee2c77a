/**
 * The exporter applies the user's rules on a real corpus page: a hidden element's text is gone from
 * the export, an article selector chooses the article root, and the page given is never changed.
 */
import { expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { extractArticle } from '@/utils/extract';
import { selectorFor } from '@/utils/pick-selector';
import { loadPage, squash } from '../core/helpers/corpus';

const PAGE = 'gne-news-2019-09-07-iicezzrq4076655.html';
const URL_ = 'https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml';

function paragraphs(doc: Document, html: string): HTMLParagraphElement[] {
  const text = squash(html);
  return [...doc.querySelectorAll('p')].filter((p) => squash(p.textContent).length > 20 && text.includes(squash(p.textContent)));
}

describeCorpus('user rules in the export', () => {
  it('a hide rule drops its element from the export; the page is untouched', () => {
    const doc = loadPage(PAGE, 'jsdom');
    const before = doc.documentElement.outerHTML;
    const plain = extractArticle(doc, { url: URL_ });
    if (!plain.ok) throw new Error(plain.message);
    const [, target] = paragraphs(doc, plain.article.html);
    const sel = selectorFor(target!);
    const ruled = extractArticle(doc, { url: URL_, userRules: { host: 'news.sina.com.cn', hide: [sel] } });
    if (!ruled.ok) throw new Error(ruled.message);
    expect(squash(plain.article.html)).toContain(squash(target!.textContent));
    expect(squash(ruled.article.html)).not.toContain(squash(target!.textContent));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a hide rule that would take the article with it is skipped, not applied', () => {
    const doc = loadPage(PAGE, 'jsdom');
    const plain = extractArticle(doc, { url: URL_ });
    const ruled = extractArticle(doc, { url: URL_, userRules: { host: 'news.sina.com.cn', hide: ['body', 'div'] } });
    expect(ruled.ok && plain.ok && ruled.article.html).toBe(plain.ok && plain.article.html);
  });

  it('an article selector chooses the article root', () => {
    const doc = loadPage(PAGE, 'jsdom');
    const plain = extractArticle(doc, { url: URL_ });
    if (!plain.ok) throw new Error(plain.message);
    const [first, second] = paragraphs(doc, plain.article.html);
    const ruled = extractArticle(doc, { url: URL_, userRules: { host: 'news.sina.com.cn', hide: [], article: selectorFor(second!) } });
    if (!ruled.ok) throw new Error(ruled.message);
    expect(squash(ruled.article.html)).toContain(squash(second!.textContent));
    expect(squash(ruled.article.html)).not.toContain(squash(first!.textContent));
  });
});
