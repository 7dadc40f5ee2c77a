/**
 * Cleaning the live page: CSS first (a stylesheet from the rules, switched by CLEAN_ATTR on
 * <html>, which the content script sets and clears), JS removal only for ad frames inside the
 * article. Never removes the page's <script> elements. Kept tiny for the always-on content
 * script: imports rule data only (no DOMPurify/Readability/turndown/yaml, no extraction code).
 */
import type { TemplateId } from './model';
import { LIVE_HIDE, LIVE_REMOVE } from './sites/sina-live';
import { TEMPLATES } from './sites/sina-templates';

export const CLEAN_ATTR = 'data-sfc-clean';

/** `html[data-sfc-clean] <sel>{display:none !important}` for every LIVE_HIDE selector. */
export function buildHideCss(): string {
  return LIVE_HIDE.map((sel) => `html[${CLEAN_ATTR}] ${sel}{display:none !important}`).join('\n');
}

/**
 * Remove what must go from the live article and count the junk the stylesheet hides.
 * Idempotent: a second call removes nothing and counts the same hidden nodes. A page without
 * the template's article root is left untouched.
 */
export function cleanLive(doc: Document, template: TemplateId): { removed: number; hidden: number } {
  const rule = TEMPLATES.find((t) => t.id === template);
  const root = rule?.root.map((sel) => doc.querySelector(sel)).find((el) => el !== null);
  if (!root) return { removed: 0, hidden: 0 };
  let removed = 0;
  for (const el of root.querySelectorAll(LIVE_REMOVE.join(', '))) {
    // An iframe inside an already removed ad slot is gone with it: count it once.
    if (el.parentNode && root.contains(el)) {
      el.parentNode.removeChild(el);
      removed++;
    }
  }
  return { removed, hidden: doc.querySelectorAll(LIVE_HIDE.join(', ')).length };
}
