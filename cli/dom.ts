/**
 * DOM for Node: pages are parsed with linkedom (fast; utils/ is written to work on it), and the
 * article is written by the allowlist serializer (utils/serialize-html.ts) straight from that
 * tree: no second parse, no window. jsdom is loaded only when the Readability fallback runs
 * (jsdomParse below), never for Sina pages, `repair`, `--help` or bad arguments (loading it costs
 * ~0.8 s). Neither library loads subresources: no network, ever.
 *
 * Speed notes (node --cpu-prof over 500 Sina article pages, 2026-11): ~30% GC and ~18% in
 * linkedom's EventTarget constructor (a WeakMap entry + a Map per node), then htmlparser2.
 */
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { installSelectorCache } from './selector-cache';

installSelectorCache();

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * The same page in jsdom, for the Readability fallback only: on linkedom Readability lost the
 * title of all three GB2312-era pages (uppercase <TITLE>, cwced-* in ../shared/corpus/pages),
 * jsdom's spec parser keeps it. ~4× slower, so Sina pages never come here. No scripts, no
 * subresources; jsdom's CSS parse warnings are dropped.
 *
 * A window per page, closed by the caller (closeParsed) once the article is read. Documents
 * parsed inside one long-lived window are never freed: jsdom registers every element with an
 * id or name in that window's named-property table (living/window-properties.js), Readability's
 * clone included, ~1.4 MB per GB2312-era page.
 *
 * jsdom is required on the first call (synchronously: the convert path is synchronous), so a
 * run of Sina pages never loads it.
 */
export function jsdomParse(html: string): Document {
  jsdom ??= createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  const { JSDOM, VirtualConsole } = jsdom;
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document as unknown as Document;
}

let jsdom: typeof import('jsdom') | undefined;

/** Frees a document made by jsdomParse. */
export function closeParsed(doc: Document): void {
  doc.defaultView?.close();
}
