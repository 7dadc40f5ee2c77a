/**
 * Cleaning the live page: CSS first (a stylesheet from the rules, switched by CLEAN_ATTR on
 * <html>, which the content script sets and clears), JS removal only for ad frames inside the
 * article. Never removes the page's <script> elements. Kept tiny for the always-on content
 * script: imports rule data only (no DOMPurify/Readability/turndown/yaml, no extraction code).
 */
import { firstMatch } from './dom';
import type { TemplateId } from './model';
import { LIVE_HIDE, LIVE_REMOVE } from './sites/sina-live';
import { TEMPLATES } from './sites/sina-templates';

export const CLEAN_ATTR = 'data-sfc-clean';

/** `html[data-sfc-clean] <sel>{display:none !important}` for every hide selector of a site. */
export function buildHideCss(hide: readonly string[]): string {
  return hide.map((sel) => `html[${CLEAN_ATTR}] ${sel}{display:none !important}`).join('\n');
}

/**
 * Remove what must go from the live article and count the junk the stylesheet hides.
 * Idempotent: a second call removes nothing and counts the same hidden nodes. A page without
 * the template's article root is left untouched.
 */
export function cleanLive(doc: Document, template: TemplateId | undefined): LivePass {
  return cleanRoot(doc, TEMPLATES.find((t) => t.id === template)?.root ?? [], LIVE_REMOVE, LIVE_HIDE);
}

export interface LivePass {
  removed: number;
  hidden: number;
}

/** cleanLive for any site: the first of `roots` present, its `remove` rows, the page's `hide` rows counted. */
export function cleanRoot(doc: Document, roots: readonly string[], remove: readonly string[], hide: readonly string[]): LivePass {
  const root = firstMatch(doc, roots);
  if (!root) return { removed: 0, hidden: 0 };
  let removed = 0;
  // `:not(*)` matches nothing: a site without remove or hide rows (querySelectorAll('') throws)
  for (const el of root.querySelectorAll(remove.join(', ') || ':not(*)')) {
    // An iframe inside an already removed ad slot is gone with it: count it once.
    if (el.parentNode && root.contains(el)) {
      el.parentNode.removeChild(el);
      removed++;
    }
  }
  return { removed, hidden: doc.querySelectorAll(hide.join(', ') || ':not(*)').length };
}

/**
 * What the live cleaner (lib/page/live-cleaner.ts) needs of a site: the hide stylesheet, a guess
 * from the URL at document_start, the detection at DOMContentLoaded (`D`), and the cleaning pass.
 */
export interface LiveRules<D> {
  css(): string;
  guess(url: string): boolean;
  detect(doc: Document, url: string): D;
  article(d: D): boolean;
  clean(doc: Document, d: D): LivePass;
}
