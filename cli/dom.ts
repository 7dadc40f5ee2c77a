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

let sanitizer: Promise<Sanitize> | undefined;

export function loadSanitizer(): Promise<Sanitize> {
  sanitizer ??= import('jsdom').then(({ JSDOM }) => createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis));
  return sanitizer;
}
