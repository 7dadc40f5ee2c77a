/**
 * The always-on content script runs on every Sina page, so it stays under 20 KB minified, and Readability, DOMPurify,
 * Preact, turndown and the reader are not in it (they load only in extension pages, on demand).
 * Checked on every built target (`npm run test:e2e` builds them first). And the one test host of
 * the e2e-mode builds stays out of the shipped ones.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_OTHER_NEWS_MATCH, SINA_MATCHES } from '@/utils/hosts';
import { ROOT } from '../../support/browser/pages';

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

describe('run-time script of granted sites (site-clean.js)', () => {
  for (const target of TARGETS) {
    const file = path.join(ROOT, '.output', target, 'site-clean.js');
    it(`${target}: < 20 KB minified, no extraction or UI libraries`, () => {
      console.log(`${target} site-clean.js: ${statSync(file).size} bytes`);
      expect(statSync(file).size).toBeLessThan(20 * 1024);
      const code = readFileSync(file, 'utf8');
      for (const marker of ['Readability', 'DOMPurify', 'blankReplacement', 'dangerouslySetInnerHTML', 'turndown', 'innerHTML']) {
        expect(code.includes(marker), marker).toBe(false);
      }
    });
  }
});

/**
 * The e2e-mode builds may reach one made-up non-Sina host (utils/hosts.ts, for the fallback browser
 * tests); the shipped builds must not: neither their manifests nor any of their files name it.
 */
describe('test host only in e2e builds', () => {
  const HOST = new URL(E2E_OTHER_NEWS_MATCH.replace('*://', 'https://')).hostname;
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
  for (const target of TARGETS) {
    it(`${target}: no permission for ${HOST}, the e2e build has it`, () => {
      const shipped = readFileSync(path.join(ROOT, '.output', target, 'manifest.json'), 'utf8');
      expect(JSON.parse(shipped)).toBeTruthy();
      expect(shipped).not.toContain(HOST);
      const hits = filesUnder(path.join(ROOT, '.output', target)).filter((f) => readFileSync(f, 'latin1').includes(HOST));
      expect(hits).toEqual([]);
      const e2e = JSON.parse(readFileSync(path.join(ROOT, '.output', `${target}-e2e`, 'manifest.json'), 'utf8')) as {
        permissions?: string[]; host_permissions?: string[]; content_scripts?: { matches: string[] }[];
      };
      expect([...(e2e.host_permissions ?? []), ...(e2e.permissions ?? [])]).toContain(E2E_OTHER_NEWS_MATCH);
      // A permission, not a content script: the always-on script still runs on Sina hosts only.
      expect(e2e.content_scripts?.flatMap((c) => c.matches).sort()).toEqual([...SINA_MATCHES].sort());
    });
  }
});
