/**
 * User rules applied to a document about to be extracted (the exporter's side of the rules the
 * live page hides with CSS). Works on a CLONE: the document asked for is never changed.
 * - hide selectors: matching elements are removed from the clone, except those that would take
 *   the skeleton or the article (or an ancestor of it) with them, as on the live page;
 * - article selector: the element it names is the article root; `articleOnly` gives a document
 *   whose body holds just that element, for the Readability path.
 */
import { articleRootsToKeep, userArticleRoot } from './article-roots';
import { safeHideSelectors, type UserRuleSet } from './user-rules';

export interface UserRulesDoc {
  doc: Document;
  /** The user's article root in `doc`, when their selector names one. */
  articleRoot: Element | null;
}

/**
 * A hide rule matching the article root (the user's, else the shipped templates' roots of the
 * rules' host: ./article-roots.ts) or an ancestor is skipped, as on the live page.
 */
export function applyUserRulesToDoc(source: Document, rules: UserRuleSet | undefined): UserRulesDoc {
  if (!rules || (!rules.hide.length && !rules.article)) return { doc: source, articleRoot: null };
  const doc = source.cloneNode(true) as Document;
  const articleRoot = userArticleRoot(doc, rules.article);
  const keep = articleRoot ? [articleRoot] : articleRootsToKeep(doc, rules.host);
  for (const sel of safeHideSelectors(rules, doc, keep)) for (const el of doc.querySelectorAll(sel)) el.remove();
  return { doc, articleRoot };
}

/** A document holding only the user's article root (its head kept for the metadata). */
export function articleOnly(doc: Document, root: Element): Document {
  const out = doc.cloneNode(false) as Document;
  out.append(out.importNode(doc.documentElement.cloneNode(false), false));
  const html = out.documentElement;
  if (doc.head) html.append(out.importNode(doc.head, true));
  const body = out.createElement('body');
  body.append(out.importNode(root, true));
  html.append(body);
  return out;
}
