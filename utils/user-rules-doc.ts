/**
 * User rules applied to a document about to be extracted (the exporter's side of the rules the
 * live page hides with CSS). Works on a CLONE: the document asked for is never changed.
 * - hide selectors: matching elements are removed from the clone, except those that would take
 *   the skeleton or the article (or an ancestor of it) with them, as on the live page;
 * - article selector: the element it names is the article root; `articleOnly` gives a document
 *   whose body holds just that element, for the Readability path.
 */
import { checkArticleAgainstDocument, safeHideSelectors, type UserRuleSet } from './user-rules';

export interface UserRulesDoc {
  doc: Document;
  /** The user's article root in `doc`, when their selector names one. */
  articleRoot: Element | null;
}

function userArticleRoot(doc: Document, rules: UserRuleSet): Element | null {
  try {
    return rules.article ? checkArticleAgainstDocument(rules.article, doc) : null;
  } catch {
    return null; // an article rule refused here chooses nothing: the shipped rules decide
  }
}

/**
 * `shippedRoot` finds the article root the shipped rules would take (when no user article rule
 * names one): a hide rule matching it or an ancestor is skipped, as on the live page.
 */
export function applyUserRulesToDoc(source: Document, rules: UserRuleSet | undefined, shippedRoot: (doc: Document) => Element | null): UserRulesDoc {
  if (!rules || (!rules.hide.length && !rules.article)) return { doc: source, articleRoot: null };
  const doc = source.cloneNode(true) as Document;
  const articleRoot = userArticleRoot(doc, rules);
  const guard = articleRoot ?? shippedRoot(doc);
  for (const sel of safeHideSelectors(rules, doc, guard)) for (const el of doc.querySelectorAll(sel)) el.remove();
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
