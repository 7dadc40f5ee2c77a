/**
 * cli/article-reads.ts must name everything Sina extraction reads of a page outside the article
 * clone, or the command line's reduced copy (cli/article-pass.ts) would lack it. Extraction runs
 * here on corpus pages and fixtures with every selector query watched: each selector run on the
 * page (not on the clone) must be one the keep list covers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_OUTSIDE_ROOT } from '../../cli/article-reads';
import { pageText } from '../../cli/convert-page';
import { parseDocument } from '../../cli/dom';
import { covers, keepCompounds, leftmostCompound, splitSelectorList } from '../../cli/keep-selector';
import { extractArticle } from '../../utils/extract';
import { CORPUS_PAGES, itCorpus } from '../support/corpus';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/core');
const METHODS = ['querySelector', 'querySelectorAll', 'matches', 'closest'] as const;
const keep = keepCompounds(READ_OUTSIDE_ROOT);

/** Node → its top ancestor (the document for the page, the clone's root for the clone). */
function top(n: Node): Node {
  let t = n;
  while (t.parentNode) t = t.parentNode;
  return t;
}

const restore: (() => void)[] = [];

/** Selectors queried on `doc`'s own tree while `fn` runs. */
function watch(doc: Document, fn: () => void): Set<string> {
  const seen = new Set<string>();
  for (const obj of [doc, doc.createElement('div')]) {
    for (const m of METHODS) {
      let owner: object | null = obj;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, m)) owner = Object.getPrototypeOf(owner);
      const o = owner as Record<string, (sel: string) => unknown> | null;
      if (!o || o[m]!.name === 'watched') continue;
      const orig = o[m]!;
      o[m] = function watched(this: Node, sel: string) {
        if (top(this) === doc) seen.add(sel);
        return orig.call(this, sel);
      };
      restore.push(() => { o[m] = orig; });
    }
  }
  try {
    fn();
  } finally {
    restore.splice(0).forEach((r) => r());
  }
  return seen;
}

function uncovered(doc: Document): string[] {
  const seen = watch(doc, () => extractArticle(doc, { fallback: false }));
  const parts = [...seen].flatMap(splitSelectorList);
  return parts.filter((p) => !keep.some((k) => covers(k, leftmostCompound(p))));
}

describe('every selector Sina extraction runs on the page is kept by the first pass', () => {
  const fixtures = fs.readdirSync(FIXTURES).map((d) => path.join(FIXTURES, d, 'source.html')).filter((f) => fs.existsSync(f));
  it.each(fixtures.map((f) => [path.basename(path.dirname(f)), f]))('%s', (_name, f) => {
    expect(uncovered(parseDocument(pageText(fs.readFileSync(f))))).toEqual([]);
  });

  itCorpus('every corpus page', () => {
    const files = fs.readdirSync(CORPUS_PAGES).filter((f) => f.endsWith('.html'));
    for (const f of files) expect(uncovered(parseDocument(pageText(fs.readFileSync(path.join(CORPUS_PAGES, f))))), f).toEqual([]);
  });

  it('a page without a URL or editor in the body (legacy doc id, editor line after the root)', () => {
    const html = '<html><head><title>标题_新浪财经_新浪网</title></head><body><h1 id="artibodyTitle" docid="fxsktkp1">标题</h1>'
      + '<div id="artibody"><p>正文</p></div><p class="article-editor">责任编辑：王蒙</p></body></html>';
    const doc = parseDocument(html);
    const res = extractArticle(doc, { fallback: false });
    expect(res.ok && [res.article.docId, res.article.editor]).toEqual(['ifxsktkp1', '王蒙']);
    expect(uncovered(doc)).toEqual([]);
  });

  it('a selector outside the list is caught (the watch is live)', () => {
    const doc = parseDocument('<html><head></head><body><div id="artibody"><p>x</p></div></body></html>');
    const seen = watch(doc, () => doc.querySelector('.not-kept'));
    expect([...seen]).toEqual(['.not-kept']);
    expect(keep.some((k) => covers(k, leftmostCompound('.not-kept')))).toBe(false);
  });
});
