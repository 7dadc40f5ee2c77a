/**
 * What a user's hide rule must leave alone besides the page's skeleton: the article. The article is
 * the element of the user's own article rule when they set one (and it names an element here), else
 * the root each shipped template of the host's site takes (Sina's `#artibody`, `#article`,
 * `.art_content`; another site's from ./sites/others-live.ts). One decision for the three places
 * that apply rules: the picker refuses such a rule (lib/page/picker.ts), the live script skips one
 * that came in by sync or a settings file (lib/page/user-rules-live.ts), and the exporter keeps the
 * article (./user-rules-doc.ts). Every template's root found on the page counts: none of them runs
 * detection first, and keeping a root another template would have taken costs the user nothing
 * they could want. Small: it runs in the user-rules page script.
 */
import { firstMatch } from './dom';
import { isSinaHost } from './hosts';
import { onDomain } from './sites/host-match';
import { OTHERS_LIVE } from './sites/others-live';
import { TEMPLATES } from './sites/sina-templates';
import type { LiveSite } from './sites/types';
import { checkAgainstDocument, checkArticleAgainstDocument } from './user-rules';

/** The compact live rules of the other site `host` belongs to. */
export function liveSiteForHost(host: string): LiveSite | undefined {
  return Object.values(OTHERS_LIVE).find((s) => onDomain(host, s.hosts));
}

/** The root selectors of each shipped template of the host's site (none on a site we do not know). */
function shippedRoots(host: string): readonly (readonly string[])[] {
  if (isSinaHost(host)) return TEMPLATES.map((t) => t.root);
  return liveSiteForHost(host)?.templates.map((t) => t.root) ?? [];
}

/** The element the user's article rule names here; null when it names none or is refused. */
export function userArticleRoot(doc: Document, article: string | undefined): Element | null {
  try {
    return article ? checkArticleAgainstDocument(article, doc) : null;
  } catch {
    return null; // an article rule refused here chooses nothing: the shipped rules decide
  }
}

/** The article roots a hide rule on `host` must not cover (nor any ancestor of them). */
export function articleRootsToKeep(doc: Document, host: string, userArticle?: string): Element[] {
  const user = userArticleRoot(doc, userArticle);
  if (user) return [user];
  return [...new Set(shippedRoots(host).map((sels) => firstMatch(doc, sels)).filter((el): el is Element => el !== null))];
}

/** Throws the refusal of a hide selector (./user-rules.ts checkAgainstDocument) against the roots to keep. */
export function checkHideRule(sel: string, doc: Document, host: string, userArticle?: string): void {
  checkAgainstDocument(sel, doc, articleRootsToKeep(doc, host, userArticle));
}
