/**
 * cli/skim-page.ts with the rules of utils/sites/sina-skim.ts: cutting page furniture before the
 * DOM is built must never change what the command line extracts. Every corpus page is read both
 * ways; the skimmer itself is checked on small hand-written cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCorpus, itCorpus } from '../support/corpus';
import { pageText } from '../../cli/convert-page';
import { parseDocument } from '../../cli/dom';
import { SKIM_LIMITS } from '../../cli/page-limits';
import { createSkimmer, parseSimpleSelector } from '../../cli/skim-page';
import { extractArticle } from '../../utils/extract';
import { SKIM_KEEP, SKIM_SKIP } from '../../utils/sites/sina-skim';
import { PAGES } from '../core/helpers/corpus';

const skimPage = createSkimmer(SKIM_SKIP, SKIM_KEEP);
const count = (html: string) => parseDocument(html).querySelectorAll('*').length;

describeCorpus('skimming the corpus pages changes no extraction', () => {
  const files = fs.readdirSync(PAGES).filter((f) => f.endsWith('.html'));
  it('has pages to check', () => expect(files.length).toBeGreaterThan(15));
  for (const file of files) {
    it(file, () => {
      const text = pageText(fs.readFileSync(path.join(PAGES, file)));
      const full = extractArticle(parseDocument(text), { fallback: false });
      const skimmed = skimPage(text).html;
      if (!full.ok) {
        // Not a Sina article: the command line reads the whole page, whatever the skimmed one says.
        if (skimmed !== undefined) expect(extractArticle(parseDocument(skimmed), { fallback: false }).ok).toBe(false);
        return;
      }
      expect(skimmed, 'every Sina article page has furniture to cut').toBeDefined();
      expect(extractArticle(parseDocument(skimmed!), { fallback: false })).toEqual(full);
      expect(count(skimmed!)).toBeLessThan(count(text));
    });
  }
});

describe('createSkimmer', () => {
  const skimmer = createSkimmer(['script', '#nav', '.side', 'aside.ad'], ['div#artibody']);
  const skim = (html: string) => skimmer(html).html;

  it('cuts whole subtrees closed by their own end tag, nested ones included', () => {
    const html = '<body><div id="nav"><ul><li><div id="nav">x</div></li></ul></div><p>keep</p><script>var a = "</div>";</script></body>';
    expect(skim(html)).toBe('<body><p>keep</p></body>');
  });

  it('matches classes among several, and tag plus class', () => {
    expect(skim('<div class="a side b"><i>x</i></div><aside class="ad">y</aside><aside>z</aside>')).toBe('<aside>z</aside>');
  });

  it('keeps an element whose end is implied (no clean end in the text)', () => {
    const open = '<div><aside class="ad"><p>still open</div><p>after</p>';
    expect(skim(open)).toBeUndefined();
    expect(skim('<p>x<div id="nav">unclosed at end of file')).toBeUndefined();
  });

  it('never cuts inside an article root, even what it would cut elsewhere', () => {
    const html = '<div id="artibody"><script>player()</script><p>body</p></div><script>ads()</script>';
    expect(skim(html)).toBe('<div id="artibody"><script>player()</script><p>body</p></div>');
  });

  it('is not fooled by ">" in attribute values or end tags in comments', () => {
    const html = '<div class="side" data-x="a>b"><!-- </div> --><b>x</b></div><p title="<div id=nav>">t</p>';
    expect(skim(html)).toBe('<p title="<div id=nav>">t</p>');
  });

  it('returns undefined when there is nothing to cut', () => {
    expect(skim('<p>plain</p>')).toBeUndefined();
  });

  it('accepts simple selectors only', () => {
    expect(parseSimpleSelector('div#a.b.c')).toEqual({ tag: 'div', id: 'a', classes: ['b', 'c'] });
    for (const bad of ['div p', 'a[href]', '.a > .b', '', 'p:first-child']) expect(() => parseSimpleSelector(bad)).toThrow();
  });

  it('every rule in sina-skim.ts is one it can match', () => {
    expect(() => createSkimmer(SKIM_SKIP, SKIM_KEEP)).not.toThrow();
  });
});

describe('the limits the same pass checks (cli/page-limits.ts)', () => {
  const limits = { depth: 3, elements: 5, nodes: 8, attributes: 2, text: 10 };
  const skim = createSkimmer(['script'], [], limits);

  it.each([
    ['depth', '<div><div><div><div>x</div></div></div></div>', '3 levels deep'],
    ['elements', '<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p>', '5 elements'],
    ['nodes', '<p a=1>1</p><!--a--><!--b--><!--c--><!--d--><!--e--><!--f--><!--g-->', '8 elements, attributes and comments'],
    ['attributes', '<p a=1 b=2 c=3>x</p>', '2 attributes'],
    ['text', '<p>0123456789x</p>', '10 characters of text'],
  ])('%s: the page is refused', (_name, html, words) => {
    expect(() => skim(html)).toThrow(words);
  });

  it('a page at each limit passes, and its elements are counted', () => {
    expect(skim('<div a=1 b=2><div><p>012345678</p></div></div>')).toEqual({ html: undefined, elements: 3 });
  });

  itCorpus('no corpus page (pages/ and sites/) comes near a limit', () => {
    const half = createSkimmer(SKIM_SKIP, SKIM_KEEP, {
      depth: SKIM_LIMITS.depth / 2,
      elements: SKIM_LIMITS.elements / 2,
      nodes: SKIM_LIMITS.nodes / 2,
      attributes: SKIM_LIMITS.attributes / 2,
      text: SKIM_LIMITS.text / 2,
    });
    const dirs = [PAGES, path.join(PAGES, '../sites')];
    const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.s?html?$/.test(f)).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(() => half(pageText(fs.readFileSync(f))), f).not.toThrow();
  });
});

