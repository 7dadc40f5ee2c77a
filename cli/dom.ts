/**
 * DOM for Node: pages are parsed with linkedom (fast; utils/ is written to work on it), and
 * DOMPurify runs on ONE jsdom window created on first use and reused (utils/sanitize.ts needs a
 * real window). Neither loads subresources: the command line never touches the network.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../utils/sanitize';
import type { Sanitize } from '../utils/sanitize';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A whole document in jsdom: for code paths where linkedom falls short (measured in scripts/bench.ts). */
export function parseDocumentJsdom(html: string, url?: string): Document {
  return new JSDOM(html, url ? { url } : {}).window.document;
}

let sanitizer: Sanitize | undefined;

export function getSanitizer(): Sanitize {
  sanitizer ??= createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
  return sanitizer;
}
