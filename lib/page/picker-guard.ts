/**
 * What a hide rule chosen in the picker must leave alone besides the page's skeleton: the article.
 * The article is the element of the user's own article rule when they set one (and it names an
 * element here), else on Sina the root the shipped templates take (`#artibody`, `#article`,
 * `.art_content`), as the exporter decides (utils/user-rules-doc.ts). Every template's root found
 * on the page counts: the picker does not run detection, and refusing a rule that covers a root
 * another template would have taken costs the user nothing they could want.
 */
import { isSinaHost } from '@/utils/hosts';
import { TEMPLATES } from '@/utils/sites/sina-templates';
import { checkAgainstDocument } from '@/utils/user-rules';

function firstMatch(doc: Document, sels: readonly string[]): Element | null {
  for (const sel of sels) {
    try {
      const el = doc.querySelector(sel);
      if (el) return el;
    } catch {
      /* a selector this document cannot parse names nothing */
    }
  }
  return null;
}

/** The article roots a hide rule on `host` must not cover (nor any ancestor of them). */
export function articleRootsToKeep(doc: Document, host: string, userArticle?: string): Element[] {
  const user = userArticle ? firstMatch(doc, [userArticle]) : null;
  if (user) return [user];
  if (!isSinaHost(host)) return [];
  const roots = TEMPLATES.map((t) => firstMatch(doc, t.root)).filter((el): el is Element => el !== null);
  return [...new Set(roots)];
}

/** Throws the refusal of a hide selector (utils/user-rules.ts checkAgainstDocument) for any of the roots to keep. */
export function checkHideInPicker(sel: string, doc: Document, host: string, userArticle?: string): void {
  const roots = articleRootsToKeep(doc, host, userArticle);
  if (!roots.length) checkAgainstDocument(sel, doc, null);
  for (const root of roots) checkAgainstDocument(sel, doc, root);
}
