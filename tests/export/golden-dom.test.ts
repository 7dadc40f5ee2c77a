/**
 * The Markdown goldens again under happy-dom (this file's environment): turndown parses with the
 * environment's DOMParser, as in the popup and the reader. Same output as under jsdom.
 */
import { describe, expect, it } from 'vitest';
import { markdownGoldenCases } from './helpers';

describe('markdown goldens under happy-dom (DOMParser)', () => {
  it('runs where a DOMParser exists', () => {
    expect(typeof DOMParser).toBe('function');
  });
  for (const c of markdownGoldenCases()) it(c.name, () => expect(c.actual()).toBe(c.expected));
});
