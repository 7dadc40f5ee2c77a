/**
 * The user-rule core: every refusal has a case that passes a selector the refusal exists for, so
 * removing a check makes a test fail; normalisation never throws on junk from storage or a file.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  addHideRule,
  checkAgainstDocument,
  checkSelectorText,
  fitsItem,
  hideCss,
  importUserRules,
  MAX_HIDE_PER_HOST,
  MAX_RULE_HOSTS,
  normalizeUserRuleSet,
  safeHideSelectors,
  setArticleRule,
  UserRuleRefusal,
  type RefusalReason,
} from '@/utils/user-rules';

// jsdom's selector engine refuses bad syntax as browsers do (happy-dom lets some through).
const dom = new JSDOM('<!doctype html><body></body>');
const parser = dom.window.document.createDocumentFragment();

function reason(fn: () => unknown): RefusalReason | 'accepted' {
  try {
    fn();
    return 'accepted';
  } catch (e) {
    if (e instanceof UserRuleRefusal) return e.reason;
    throw e;
  }
}

function page(): Document {
  const doc = dom.window.document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = `<div id="wrap"><div class="main"><article id="art"><p>text</p><p>more</p></article></div>
    <aside class="ad">ad</aside>${'<span class="s">x</span>'.repeat(40)}</div>`;
  return doc;
}

describe('checkSelectorText', () => {
  it('accepts ordinary picked selectors', () => {
    for (const s of ['#ad-box', '.side-bar > .item:nth-of-type(2)', 'div.ad, aside[data-x="1"]']) expect(reason(() => checkSelectorText(s, parser))).toBe('accepted');
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [42, 'empty'],
    ['a'.repeat(301), 'too-long'],
    ['div{}body{display:none', 'unsafe-chars'],
    ['.x}html{display:none', 'unsafe-chars'],
    ['.x;', 'unsafe-chars'],
    ['</style><script>alert(1)</script>', 'unsafe-chars'],
    ['@import url(x)', 'unsafe-chars'],
    ['.a /* c', 'unsafe-chars'],
    ['.a\\7d body', 'unsafe-chars'],
    ['.a\nbody', 'unsafe-chars'],
    ['.a\u2028b', 'unsafe-chars'],
    ['div[', 'invalid'],
    ['::bogus(', 'invalid'],
    ['*', 'universal'],
    ['body > *', 'universal'],
    ['html *', 'universal'],
    ['.ok, *', 'universal'],
    [':not(.x)', 'universal'],
  ])('refuses %j (%s)', (s, why) => {
    expect(reason(() => checkSelectorText(s, parser))).toBe(why);
  });
});

describe('checkAgainstDocument', () => {
  it('refuses html, head, body, the article and its ancestors; accepts the ad', () => {
    const doc = page();
    const art = doc.getElementById('art');
    expect(reason(() => checkAgainstDocument('html', doc, art))).toBe('matches-root');
    expect(reason(() => checkAgainstDocument('body', doc, art))).toBe('matches-root');
    expect(reason(() => checkAgainstDocument(':root', doc, art))).toBe('matches-root');
    expect(reason(() => checkAgainstDocument('head', doc, art))).toBe('matches-root');
    expect(reason(() => checkAgainstDocument('#art', doc, art))).toBe('matches-article');
    expect(reason(() => checkAgainstDocument('.main', doc, art))).toBe('matches-article');
    expect(reason(() => checkAgainstDocument('#wrap', doc, art))).toBe('matches-article');
    expect(checkAgainstDocument('.ad', doc, art)).toBe(1);
  });
  it('refuses a selector matching most of the page', () => {
    expect(reason(() => checkAgainstDocument('span', page(), null))).toBe('too-broad');
  });
  it('safeHideSelectors skips the rules that would hide the skeleton at apply time', () => {
    const doc = page();
    expect(safeHideSelectors({ host: 'a.b', hide: ['.ad', 'body', '#wrap', 'div['] }, doc, doc.getElementById('art'))).toEqual(['.ad']);
  });
});

describe('normalizeUserRuleSet', () => {
  it('never throws on junk and drops what is unsafe', () => {
    for (const junk of [null, 1, 'x', [], { host: 5 }, { host: 'bad host' }, { host: '../x' }]) expect(normalizeUserRuleSet(junk, parser)).toBeUndefined();
    const r = normalizeUserRuleSet({ host: 'News.Sina.COM.cn', hide: ['.ad', '.ad', 'x{y}', 7, 'div[', ' .b '], article: '#art' }, parser);
    expect(r).toEqual({ host: 'news.sina.com.cn', hide: ['.ad', '.b'], article: '#art' });
  });
  it('keeps at most the per-host cap, and the item fits storage.sync', () => {
    const hide = Array.from({ length: 5000 }, (_, i) => `.c${i}`.padEnd(290, 'x'));
    const r = normalizeUserRuleSet({ host: 'a.com', hide }, parser)!;
    expect(r.hide.length).toBeLessThanOrEqual(MAX_HIDE_PER_HOST);
    expect(fitsItem(r)).toBe(true);
  });
});

describe('add / import', () => {
  it('adds, refuses duplicates, refuses past the cap or the item quota', () => {
    let r = addHideRule(undefined, 'a.com', '.ad', parser);
    expect(r.hide).toEqual(['.ad']);
    expect(reason(() => addHideRule(r, 'a.com', '.ad', parser))).toBe('duplicate');
    for (let i = 0; i < 200 && reason(() => (r = addHideRule(r, 'a.com', `.x${i}`.padEnd(280, 'y'), parser))) === 'accepted'; i++);
    expect(fitsItem(r)).toBe(true);
    expect(r.hide.length).toBeLessThan(MAX_HIDE_PER_HOST); // the byte quota stopped it first
    expect(reason(() => addHideRule(r, 'a.com', '.last'.padEnd(280, 'z'), parser))).toBe('too-many');
    let short = addHideRule(undefined, 'a.com', '.s', parser);
    for (let i = 1; i < MAX_HIDE_PER_HOST; i++) short = addHideRule(short, 'a.com', `.s${i}`, parser);
    expect(reason(() => addHideRule(short, 'a.com', '.one-more', parser))).toBe('too-many');
    expect(reason(() => addHideRule(undefined, 'a b', '.ad', parser))).toBe('bad-host');
    expect(setArticleRule(undefined, 'a.com', '#art', parser).article).toBe('#art');
  });
  it('import reports refused selectors and hosts, caps hosts, never throws', () => {
    expect(importUserRules('nope', parser)).toEqual({ sets: [], refused: [] });
    const many = Array.from({ length: 3000 }, (_, i) => ({ host: `h${i}.com`, hide: ['.ad'] }));
    const res = importUserRules([{ host: 'a.com', hide: ['.ok', 'body{}', '*'], article: 'div[' }, { host: 'x y' }, ...many], parser);
    expect(res.sets[0]).toEqual({ host: 'a.com', hide: ['.ok'] });
    expect(res.sets.length).toBe(MAX_RULE_HOSTS);
    expect(res.refused.map((r) => r.reason)).toEqual(expect.arrayContaining(['unsafe-chars', 'universal', 'invalid', 'bad-host', 'too-many-hosts']));
  });
});

describe('hideCss', () => {
  it('never hides html or body, even for a rule that names them (checked in a real cascade)', () => {
    const d = new JSDOM('<!doctype html><body><div class="ad">x</div></body>').window.document;
    const style = d.createElement('style');
    style.textContent = hideCss(['body', 'html', '.ad']);
    d.head.append(style);
    const shown = (el: Element) => d.defaultView!.getComputedStyle(el).display !== 'none';
    expect([shown(d.body), shown(d.documentElement), shown(d.querySelector('.ad')!)]).toEqual([true, true, false]);
  });
  it('writes one rule per selector and drops anything that could escape the stylesheet', () => {
    expect(hideCss(['.a', '.b}body{display:none', '#c'])).toBe(
      ':is(.a):not(html,head,body){display:none!important}\n:is(#c):not(html,head,body){display:none!important}',
    );
  });
});
