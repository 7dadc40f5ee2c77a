/**
 * cli/keep-selector.ts: the selectors of cli/article-reads.ts as the first pass tests them on open
 * tags. Loose on purpose (more kept is safe), never stricter than the DOM's own matching.
 */
import { describe, expect, it } from 'vitest';
import { READ_OUTSIDE_ROOT } from '../../cli/article-reads';
import { keepCompounds, keepMatcher, leftmostCompound, mayMatch, splitSelectorList } from '../../cli/keep-selector';
import { parseDocument } from '../../cli/dom';

describe('keep selectors', () => {
  it('reads the leftmost compound of a selector', () => {
    expect(leftmostCompound('.date-source [data-sudaclick="content_author_p"]')).toEqual({ classes: ['date-source'], attrs: [] });
    expect(leftmostCompound('link[rel~="icon"][href*=".sina.com.cn/"]')).toEqual({ tag: 'link', classes: [], attrs: ['rel', 'href'] });
    expect(leftmostCompound('div#artiBody.a.b > p')).toEqual({ tag: 'div', id: 'artibody', classes: ['a', 'b'], attrs: [] });
  });

  it('splits lists outside brackets and quotes', () => {
    expect(splitSelectorList('a[x="1,2"], b ,c')).toEqual(['a[x="1,2"]', 'b', 'c']);
  });

  it('refuses what the pass cannot keep by', () => {
    for (const bad of ['h1 + p', 'h1 ~ p', 'p:first-child', ':not(p)', '', '> p']) expect(() => leftmostCompound(bad), bad).toThrow();
  });

  it('every selector of cli/article-reads.ts is one it can read', () => {
    expect(keepCompounds(READ_OUTSIDE_ROOT).length).toBeGreaterThan(20);
  });

  it('the filed matcher answers as trying every compound, and never misses what the DOM matches', () => {
    const compounds = keepCompounds(READ_OUTSIDE_ROOT);
    const match = keepMatcher(compounds);
    const tags = ['div', 'h1', 'p', 'span', 'meta', 'article', 'time', 'section'];
    const attrSets: Record<string, string>[] = [
      {}, { id: 'artibody' }, { ID: 'artibody' }, { id: 'ArtiBody' }, { class: 'a date-source b' }, { CLASS: 'main-title' },
      { class: 'main-title', id: 'x' }, { docid: '1' }, { DocId: '1' }, { id: 'keywords', 'data-wbkey': 'a' }, { id: 'keywords' },
      { class: 'art_box' }, { class: 'weibo_time' }, { class: 'article-editor' }, { id: 'pub_date', class: 'x' }, { class: '  art_content ' },
    ];
    for (const tag of tags) {
      for (const attrs of attrSets) {
        const all = compounds.some((c) => mayMatch(c, tag, attrs));
        expect(match(tag, attrs), `${tag} ${JSON.stringify(attrs)}`).toBe(all);
        const el = parseDocument(`<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}></${tag}>`).querySelector(tag)!;
        const dom = READ_OUTSIDE_ROOT.flatMap(splitSelectorList).some((sel) => el.matches(sel.split(/\s|>/)[0]!));
        if (dom) expect(all, `${tag} ${JSON.stringify(attrs)} matched by the DOM`).toBe(true);
      }
    }
  });
});
