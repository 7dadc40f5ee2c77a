/**
 * Golden outputs for our own small fixtures (tests/fixtures/core/<case>/): source.html →
 * expected.html (compared as DOM, whitespace collapsed, path of the first difference on failure)
 * and expected-metadata.json (the Article without html, plus the exact RuleReport).
 * A new case is a new folder with a source.html; `UPDATE_GOLDEN=1 npx vitest run
 * tests/core/golden.test.ts` writes its expected files — then READ them before committing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { parse } from './helpers/corpus';
import { canonHtml, firstDifference } from './helpers/dom-compare';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/core');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const cases = fs.readdirSync(FIXTURES).filter((d) => fs.existsSync(path.join(FIXTURES, d, 'source.html'))).sort();

describe('golden fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  for (const name of cases) {
    for (const kind of ['happy-dom', 'linkedom'] as const) {
      it(`${name} (${kind})`, () => {
        const dir = path.join(FIXTURES, name);
        const r = extractArticle(parse(fs.readFileSync(path.join(dir, 'source.html'), 'utf8'), kind), {});
        if (!r.ok) throw new Error(`${name}: ${r.reason} ${r.message}`);
        const { html, ...article } = r.article;
        const metadata = { article, report: r.report };
        if (UPDATE && kind === 'happy-dom') {
          fs.writeFileSync(path.join(dir, 'expected.html'), html.trim() + '\n');
          fs.writeFileSync(path.join(dir, 'expected-metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
        }
        const expectedHtml = fs.readFileSync(path.join(dir, 'expected.html'), 'utf8');
        const expectedMeta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as unknown;
        expect(firstDifference(expectedHtml, html), 'first DOM difference').toBeNull();
        expect(canonHtml(html, { collapse: true })).toBe(canonHtml(expectedHtml, { collapse: true }));
        expect(metadata).toEqual(expectedMeta);
      });
    }
  }
});
