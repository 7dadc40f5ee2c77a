/**
 * The page snapshot (utils/own-nodes.ts) is the page's own HTML exactly: on corpus pages of three
 * kinds (desktop, mobile, GB2312 legacy) and our fixtures, with our stylesheet, the clean attribute and the reader's host added as the
 * extension adds them, the snapshot equals the page as parsed; and making it changes nothing in
 * the live document (the copy lives in an inert document of its own).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_ATTR, pageHtmlWithoutOwnNodes } from '@/utils/own-nodes';
import { CLEAN_ATTR } from '@/utils/live-clean';
import { hasCorpus, listPages, parse, readPage } from '../core/helpers/corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = ['demo/finance-article.html', 'tests/e2e/fixtures/hostile-article.html', 'tests/e2e/fixtures/hostile-page-article.html'];

function withOurNodes(doc: Document): void {
  const style = doc.createElement('style');
  style.setAttribute(OWN_ATTR, '');
  style.textContent = 'html[data-sfc-clean] .x{display:none !important}';
  doc.documentElement.prepend(style);
  doc.documentElement.setAttribute(CLEAN_ATTR, '');
  const host = doc.createElement('div');
  host.setAttribute(OWN_ATTR, 'reader');
  doc.documentElement.appendChild(host);
}

function check(html: string): void {
  const doc = parse(html);
  const original = doc.documentElement.outerHTML;
  withOurNodes(doc);
  const live = doc.documentElement.outerHTML;
  expect(pageHtmlWithoutOwnNodes(doc)).toBe(original);
  expect(doc.documentElement.outerHTML).toBe(live);
  expect(doc.querySelectorAll(`[${OWN_ATTR}]`).length).toBe(2);
}

describe('page snapshot without our nodes', () => {
  for (const file of FIXTURES) it(file, () => check(readFileSync(path.join(ROOT, file), 'utf8')));
  describe.runIf(hasCorpus)('corpus pages', () => {
    const kinds = /gne-finance-roll|mobile-finance|legacy2005-gb2312-chanye/;
    for (const name of hasCorpus ? listPages((n) => kinds.test(n)) : []) it(name, () => check(readPage(name)));
  });
});
