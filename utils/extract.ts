/**
 * Sina article extraction: detect the template, clone ONLY the article root, clean the clone
 * with the site rules, read metadata from the page (read-only), write the body last through the
 * allowlist serializer (utils/serialize-html.ts).
 * Pages of the other sites the registry knows are read from their rules (utils/detect-sites.ts,
 * utils/extract-site.ts); any other page, and a page no template places, goes to the Readability
 * fallback unless `fallback: false`.
 */
import { cleanFragment, type FragmentReport } from './clean-fragment';
import { declaredUrl, detectWithDeclared } from './detect';
import { detectOtherSite } from './detect-sites';
import { extractSiteArticle } from './extract-site';
import { normText, firstMatch } from './dom';
import { readabilityExtract } from './fallback';
import type { Article, ExtractResult, RuleReport } from './model';
import { readPageMeta, sinaSiteName, type PageMeta } from './page-meta';
import { serializeHtml } from './serialize-html';
import { SINA } from './sites/sina';
import { sinaEditorName } from './fragment-editor';
import type { TemplateRule } from './sites/types';
import { docIdFromUrl, parseUrl } from './url';
import type { UserRuleSet } from './user-rules';
import { applyUserRulesToDoc, articleOnly } from './user-rules-doc';

export interface ExtractOptions {
  /** The page's URL; the page's canonical/og:url wins for the article's `url`. */
  url?: string;
  /** Readability for non-Sina pages and unknown templates (default true). */
  fallback?: boolean;
  /** The user's rules for the page's host (utils/user-rules.ts), applied to a clone first. */
  userRules?: UserRuleSet;
}

export function extractArticle(page: Document, opts: ExtractOptions): ExtractResult {
  const { doc, articleRoot: userRoot } = applyUserRulesToDoc(page, opts.userRules);
  const given = opts.url ?? '';
  const declared = declaredUrl(doc);
  const det = detectWithDeclared(doc, given, declared);
  const url = articleUrl(declared, given);
  if (det.site === 'sina' && det.kind === 'not-article') {
    return { ok: false, reason: 'not-article', message: `Sina page that is not an article (${det.reason})` };
  }
  if (det.site === 'other') {
    const other = detectOtherSite(doc, given, declared);
    // The user said which element is the article: it wins over the site rules and Readability's guess.
    if (userRoot) return readabilityExtract(articleOnly(doc, userRoot), url);
    if (other?.kind === 'not-article') return { ok: false, reason: 'not-article', message: `${other.site.names.fallback} page that is not an article (${other.reason})` };
    if (other) return extractSiteArticle(doc, other.site, other.template, url);
    if (opts.fallback === false) return { ok: false, reason: 'unsupported', message: 'No Sina template matches this page' };
    return readabilityExtract(doc, url);
  }
  const rule = SINA.templates.find((t) => t.id === det.template);
  const root = rule ? (userRoot ?? firstMatch(doc, rule.root)) : null;
  if (!rule || !root) return { ok: false, reason: 'no-content', message: 'Article body not found', template: det.template };
  const clone = root.cloneNode(true) as Element;
  const frag = cleanFragment(clone, url);
  if (!normText(clone.textContent) && !clone.querySelector('img')) {
    return { ok: false, reason: 'no-content', message: 'Article body is empty', template: rule.id };
  }
  const article = buildArticle(doc, rule, url, readPageMeta(doc, rule, url), frag, serializeHtml(clone));
  return { ok: true, article, report: buildReport(rule, root, frag) };
}

/** canonical/og:url when the page declares one, else the given URL. */
function articleUrl(declared: string | undefined, given: string): string {
  const u = parseUrl(declared);
  return u && /^https?:$/.test(u.protocol) ? u.href : given;
}

function buildArticle(doc: Document, rule: TemplateRule, url: string, page: PageMeta, frag: FragmentReport, html: string): Article {
  const a: Article = {
    title: page.title,
    url,
    categories: page.categories,
    tags: [...new Set([...page.keywords, ...frag.tags])],
    html,
    template: rule.id,
    siteName: sinaSiteName(url),
    lang: doc.documentElement?.getAttribute('lang') || 'zh-CN',
  };
  const docId = docIdFromUrl(url) ?? legacyDocId(doc);
  const editor = frag.editor ?? editorOutsideRoot(doc);
  const source = page.source ?? frag.source;
  const optional: Partial<Article> = { docId, published: page.published, updated: page.updated, source, author: page.author, editor };
  Object.assign(a, optional, { originalTitle: frag.originalTitle, leadImage: frag.leadImage });
  for (const k of Object.keys(a) as (keyof Article)[]) if (a[k] === undefined) delete a[k];
  return a;
}

/** `h1#artibodyTitle docid="fxsktkp9337164"` (pages/magichtml-finance-forex-2016-*). */
function legacyDocId(doc: Document): string | undefined {
  const id = doc.querySelector('h1[docid]')?.getAttribute('docid');
  return id ? (id.startsWith('i') ? id : 'i' + id) : undefined;
}

/** The 2016 legacy page puts p.article-editor just after #artibody (pages/magichtml-finance-forex-2016-*). */
function editorOutsideRoot(doc: Document): string | undefined {
  return sinaEditorName(firstMatch(doc, SINA.editor)?.textContent) || undefined;
}

function buildReport(rule: TemplateRule, root: Element, frag: FragmentReport): RuleReport {
  const rootSel = rule.root.find((s) => root.matches(s)) ?? rule.root[0] ?? '';
  return { template: rule.id, matched: { [rootSel]: 1, ...frag.matched }, removed: frag.removed, hidden: 0 };
}
