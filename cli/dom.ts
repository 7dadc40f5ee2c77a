/**
 * DOM for Node: pages are parsed with linkedom (fast; utils/ is written to work on it), and
 * DOMPurify runs on ONE jsdom window created on first use and reused (utils/sanitize.ts needs a
 * real window). jsdom is imported lazily: loading it costs ~0.8 s, which `--help`, `--version`
 * and bad arguments should not pay. Neither library loads subresources: no network, ever.
 */
import { parseHTML } from 'linkedom';
import { createSanitizer } from '../utils/sanitize';
import type { Sanitize } from '../utils/sanitize';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * The same page in jsdom, for the Readability fallback only: on linkedom Readability lost the
 * title of all three GB2312-era pages (uppercase <TITLE>, cwced-* in ../shared/corpus/pages),
 * jsdom's spec parser keeps it. ~4× slower, so Sina pages never come here. No scripts, no
 * subresources; jsdom's CSS parse warnings are dropped.
 */
export async function loadJsdomParser(): Promise<(html: string) => Document> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  return (html) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

let sanitizer: Promise<Sanitize> | undefined;

export function loadSanitizer(): Promise<Sanitize> {
  sanitizer ??= import('jsdom').then(({ JSDOM }) => createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis));
  return sanitizer;
}
