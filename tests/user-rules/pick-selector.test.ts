/** The picker's proposed selector names the chosen element and skips generated-looking names. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { selectorFor } from '@/utils/pick-selector';

const doc = new JSDOM(`<!doctype html><body><div id="side"><div class="box ad-x">a</div><div class="css-1a2b3c">b</div><p>c</p><p>d</p></div>
  <div id="a1234567"><span>e</span></div></body>`, { url: "https://example.com/" }).window.document;

describe('selectorFor', () => {
  it('prefers a stable id, then stable classes, then a short path', () => {
    expect(selectorFor(doc.getElementById('side')!)).toBe('#side');
    expect(selectorFor(doc.querySelector('.box')!)).toBe('div.box.ad-x');
    expect(selectorFor(doc.querySelectorAll('p')[1]!)).toBe('#side > p:nth-of-type(2)');
    expect(selectorFor(doc.querySelector('.css-1a2b3c')!)).toBe('#side > div:nth-of-type(2)');
    expect(selectorFor(doc.querySelector('span')!)).toBe('div:nth-of-type(2) > span');
  });
  it('always names exactly the element it was given, or a set containing it', () => {
    for (const el of doc.body.querySelectorAll('*')) expect([...doc.querySelectorAll(selectorFor(el))].includes(el), selectorFor(el)).toBe(true);
  });
});
