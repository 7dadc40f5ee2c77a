// @vitest-environment node
/**
 * The Markdown goldens again in plain Node, as the command line runs: no window, so turndown
 * parses with its bundled domino. Same output as under jsdom and happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { markdownGoldenCases } from './helpers';

describe('markdown goldens in plain Node (domino)', () => {
  it('runs without a window', () => {
    expect(typeof window).toBe('undefined');
  });
  for (const c of markdownGoldenCases()) it(c.name, () => expect(c.actual()).toBe(c.expected));
});
