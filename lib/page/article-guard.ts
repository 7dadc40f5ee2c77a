/**
 * What a user's hide rule must leave alone besides the page's skeleton: the article. The article is
 * the element of the user's own article rule when they set one (and it names an element here), else
 * the root the shipped templates of the host's site take (Sina's `#artibody`, `#article`,
 * `.art_content`; another site's from utils/sites/others-live.ts), as the exporter decides
 * (utils/user-rules-doc.ts). The picker refuses such a rule; the live script
 * (./user-rules-live.ts) skips one that came in by sync or a settings file. Every template's root
 * found on the page counts: neither runs detection, and keeping a root another template would have
 * taken costs the user nothing they could want.
 */
import { isSinaHost } from '@/utils/hosts';
import { onDomain } from '@/utils/sites/host-match';
import { OTHERS_LIVE } from '@/utils/sites/others-live';
import { TEMPLATES } from '@/utils/sites/sina-templates';
import { checkAgainstDocument } from '@/utils/user-rules';

/** The root selectors of each shipped template of the host's site (none on a site we do not know). */
function shippedRoots(host: string): readonly (readonly string[])[] {
  if (isSinaHost(host)) return TEMPLATES.map((t) => t.root);
  const site = Object.values(OTHERS_LIVE).find((s) => onDomain(host, s.hosts));
  return site ? site.templates.map((t) => t.root) : [];
}

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
  const roots = shippedRoots(host).map((sels) => firstMatch(doc, sels)).filter((el): el is Element => el !== null);
  return [...new Set(roots)];
}

/** Throws the refusal of a hide selector (utils/user-rules.ts checkAgainstDocument) for any of the roots to keep. */
export function checkHideRule(sel: string, doc: Document, host: string, userArticle?: string): void {
  const roots = articleRootsToKeep(doc, host, userArticle);
  if (!roots.length) checkAgainstDocument(sel, doc, null);
  for (const root of roots) checkAgainstDocument(sel, doc, root);
}
