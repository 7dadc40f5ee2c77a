/**
 * What a page should look like, computed in Node from the saved file with the same pure code the
 * CLI runs (jsdom: the browser-like parse of the page) — the browser tests then check the live page.
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '@/utils/extract';
import type { ExtractResult } from '@/utils/model';
import type { TestPage } from '../../../support/browser/pages';

export function extractInNode(page: TestPage): ExtractResult {
  const dom = new JSDOM(readFileSync(page.file), {
    url: page.url,
    contentType: `text/html; charset=${page.charset}`,
    virtualConsole: new VirtualConsole(), // silence "Could not parse CSS stylesheet" from Sina's CSS
  });
  return extractArticle(dom.window.document, { url: page.url });
}

/** Text with every kind of white space (U+3000 included) removed: layout-proof comparison. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u3000\u00a0\u200b]+/g, '');
}

/** The article's paragraphs, as squashed text (non-empty ones). */
export function articleParagraphs(result: ExtractResult): string[] {
  if (!result.ok) return [];
  const frag = JSDOM.fragment(`<div>${result.article.html}</div>`);
  return [...frag.querySelectorAll('p')].map((p) => squash(p.textContent)).filter((t) => t.length > 0);
}
