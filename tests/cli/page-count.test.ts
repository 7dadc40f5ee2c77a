/**
 * The limits the command line's first pass checks while it streams through a page
 * (cli/page-count.ts, cli/page-limits.ts, run by cli/article-pass.ts): a page over one is refused
 * before any DOM is built; no real page comes near one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itCorpus } from '../support/corpus';
import { createArticlePass } from '../../cli/article-pass';
import { ARTICLE_ROOTS, READ_OUTSIDE_ROOT } from '../../cli/article-reads';
import { pageText } from '../../cli/convert-page';
import { FIRST_PASS_LIMITS } from '../../cli/page-limits';
import { PAGES } from '../core/helpers/corpus';

describe('the limits the first pass checks (cli/page-limits.ts)', () => {
  const limits = { depth: 3, elements: 5, nodes: 8, attributes: 2, text: 10 };
  const pass = createArticlePass(READ_OUTSIDE_ROOT, ARTICLE_ROOTS, limits);

  it.each([
    ['depth', '<div><div><div><div>x</div></div></div></div>', '3 levels deep'],
    ['elements', '<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p>', '5 elements'],
    ['nodes', '<p a=1>1</p><!--a--><!--b--><!--c--><!--d--><!--e--><!--f--><!--g-->', '8 elements, attributes and comments'],
    ['attributes', '<p a=1 b=2 c=3>x</p>', '2 attributes'],
    ['text', '<p>0123456789x</p>', '10 characters of text'],
  ])('%s: the page is refused', (_name, html, words) => {
    expect(() => pass(html)).toThrow(words);
  });

  it('a page at each limit passes, and its elements are counted', () => {
    expect(pass('<div a=1 b=2><div><p>012345678</p></div></div>').elements).toBe(3);
  });

  itCorpus('no corpus page (pages/ and sites/) comes near a limit', () => {
    const half = createArticlePass(READ_OUTSIDE_ROOT, ARTICLE_ROOTS, {
      depth: FIRST_PASS_LIMITS.depth / 2,
      elements: FIRST_PASS_LIMITS.elements / 2,
      nodes: FIRST_PASS_LIMITS.nodes / 2,
      attributes: FIRST_PASS_LIMITS.attributes / 2,
      text: FIRST_PASS_LIMITS.text / 2,
    });
    const dirs = [PAGES, path.join(PAGES, '../sites')];
    const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.s?html?$/.test(f)).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(() => half(pageText(fs.readFileSync(f))), f).not.toThrow();
  });
});
