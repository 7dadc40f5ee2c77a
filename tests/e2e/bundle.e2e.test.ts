/**
 * Issue 3: the always-on content script stays under 20 KB minified, and Readability, DOMPurify,
 * Preact, turndown and the reader are not in it (they load only in extension pages, on demand).
 * Checked on every built target (`npm run test:e2e` builds them first).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/pages';

const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];

describe('always-on content script', () => {
  for (const target of TARGETS) {
    const file = path.join(ROOT, '.output', target, 'content-scripts/sina.js');
    it(`${target}: < 20 KB minified, no extraction or UI libraries`, () => {
      expect(statSync(file).size).toBeLessThan(20 * 1024);
      const code = readFileSync(file, 'utf8');
      // Strings that survive minification in each library's bundle (all present in the popup's
      // chunks): Readability, DOMPurify, turndown, Preact, webextension-polyfill.
      for (const marker of ['Readability', 'DOMPurify', 'blankReplacement', 'dangerouslySetInnerHTML', 'webextension-polyfill', 'innerHTML']) {
        expect(code.includes(marker), marker).toBe(false);
      }
    });
  }
});
