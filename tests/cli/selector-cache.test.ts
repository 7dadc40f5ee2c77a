/**
 * cli/selector-cache.ts replaces linkedom's selector methods in the command line; the article read
 * from every real corpus page (Sina pages and other sites') must stay the same to the byte.
 * Each page is read before the cache is installed (linkedom's own methods) and after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { pageText } from '../../cli/convert-page';
import { compiledSelectorCount, installSelectorCache } from '../../cli/selector-cache';
import { CORPUS_PAGES, CORPUS_SITES } from '../../support/corpus-paths';
import { extractArticle } from '../../utils/extract';
import { describeCorpus } from '../support/corpus';

function readAll(files: string[]): string[] {
  return files.map((f) => {
    const doc = parseHTML(pageText(readFileSync(f))).document as unknown as Document;
    const r = extractArticle(doc, {});
    const some = [...doc.querySelectorAll('div > p, a[href], [class*="art"]')].length;
    const inner = doc.body?.querySelector('p')?.closest('div')?.matches('div') ?? null;
    return JSON.stringify({ r, some, inner });
  });
}

describeCorpus('compiled selectors kept per string', () => {
  it('every corpus page reads the same with the cache as with linkedom\'s own methods', () => {
    const files = [CORPUS_PAGES, CORPUS_SITES].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(30);
    const before = readAll(files);
    installSelectorCache();
    const after = readAll(files);
    expect(compiledSelectorCount()).toBeGreaterThan(20); // the cache did the work
    for (let i = 0; i < files.length; i++) expect(after[i], files[i]).toBe(before[i]);
  });
});
