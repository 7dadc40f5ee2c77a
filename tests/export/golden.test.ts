// @vitest-environment jsdom
/**
 * Golden outputs: every `tests/fixtures/export/<case>/article.json` exported with each preset and
 * compared with the file beside it (`expected.hexo.md`, `expected.hexo-full.md`, `expected.md`,
 * `expected.html`). Markdown/Hexo compare as text, HTML as DOM. `UPDATE_GOLDEN=1` rewrites them —
 * review the diff before committing. New case: a folder with `article.json`, then UPDATE_GOLDEN=1
 * writes its hexo/markdown/html goldens. An optional `options.json` holds `{ [presetId]: options }`.
 * Each fixture body must already be what the sanitizer outputs (the exporters trust article.html).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportArticle, type ExportOptions } from '../../utils/export';
import type { Article } from '../../utils/model';
import { createSanitizer } from '../../utils/sanitize';
import { FIXTURES } from './helpers';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

/** Golden file name → preset; the first three are written for every case on UPDATE_GOLDEN=1. */
const GOLDENS: [file: string, preset: string, always: boolean][] = [
  ['expected.hexo.md', 'hexo', true],
  ['expected.md', 'markdown', true],
  ['expected.html', 'html', true],
  ['expected.hexo-full.md', 'hexo-full', false],
];

function asDom(html: string): string {
  const doc = new JSDOM(html).window.document;
  return doc.documentElement.outerHTML.replace(/>\s+</g, '><');
}

const cases = readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'article.json')));

describe('export goldens', () => {
  it('has the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    const article = JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')) as Article;
    const optionsFile = path.join(dir, 'options.json');
    const options = existsSync(optionsFile)
      ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Record<string, Partial<ExportOptions>>)
      : {};

    it(`${name}: fixture body is sanitizer output`, () => {
      expect(sanitize(article.html)).toBe(article.html);
    });

    for (const [file, preset, always] of GOLDENS) {
      const golden = path.join(dir, file);
      if (!existsSync(golden) && !(UPDATE && always)) continue;
      it(`${name}: ${preset} matches ${file}`, () => {
        const out = exportArticle(article, preset, options[preset]).content;
        if (UPDATE) writeFileSync(golden, out);
        const expected = readFileSync(golden, 'utf8');
        if (preset === 'html') expect(asDom(out)).toBe(asDom(expected));
        else expect(out).toBe(expected);
      });
    }
  }
});
