/**
 * DOM for Node: pages are parsed with linkedom (fast; utils/ is written to work on it), and
 * DOMPurify runs on ONE jsdom window created on first use and reused (utils/sanitize.ts needs a
 * real window). jsdom is imported lazily: loading it costs ~0.8 s, which `--help`, `--version`
 * and bad arguments should not pay. Neither library loads subresources: no network, ever.
 *
 * Speed notes (node --cpu-prof over 500 Sina article pages, 2026-11): ~30% GC and ~18% in
 * linkedom's EventTarget constructor (a WeakMap entry + a Map per node), then htmlparser2; the
 * sanitizer's jsdom (parse5 tree building, not document creation: an empty document is 0.5 ms,
 * a 3.7 KB body 3.4 ms) is ~10% of a convert and ~80% of a repair. DOMPurify cannot run on a
 * linkedom window (tests/sanitize: it refuses it, and htmlparser2 is not a spec parser), and
 * handing it a linkedom node is impossible across libraries, so the serialise → jsdom parse stays.
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
  // A window per page, closed by the caller (closeParsed) once the article is read. Documents
  // parsed inside one long-lived window are never freed: jsdom registers every element with an
  // id or name in that window's named-property table (living/window-properties.js), Readability's
  // clone included, ~1.4 MB per GB2312-era page.
  return (html) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document as unknown as Document;
}

/** Frees a document made by loadJsdomParser's parser. */
export function closeParsed(doc: Document): void {
  doc.defaultView?.close();
}

/**
 * How many pages one sanitizer window serves. DOMPurify parses each input into a new document of
 * its window, and jsdom keeps elements of such documents in the window's named-property table
 * (see above): a window that served a whole archive held every post (heap snapshot, 2026-11-29).
 * A fresh window now and then lets the old one, and all it holds, be collected.
 */
const SANITIZER_WINDOW_USES = 200;

let sanitizer: Promise<Sanitize> | undefined;

export function loadSanitizer(): Promise<Sanitize> {
  sanitizer ??= import('jsdom').then(({ JSDOM }) => {
    const fresh = () => createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
    let current = fresh();
    let uses = 0;
    return (html: string) => {
      if (++uses > SANITIZER_WINDOW_USES) {
        current = fresh();
        uses = 1;
      }
      return current(html);
    };
  });
  return sanitizer;
}
