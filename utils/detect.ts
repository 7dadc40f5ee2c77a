/**
 * Is this a Sina article, and of which template? URL and DOM together, cheap enough for the
 * always-on content script (a handful of querySelector calls). Never uses Readability's
 * isProbablyReaderable: it rejects Sina's short-paragraph articles.
 */
import type { TemplateId } from './model';
import { ARTICLE_URL, LEGACY_ARTICLE_URL, NOT_ARTICLE_URLS } from './sites/sina';
import { TEMPLATES } from './sites/sina-templates';
import type { TemplateRule } from './sites/types';
import { headOf } from './dom';
import { hasArticleStamp, looksLikeSina } from './sina-page';
import { isSinaUrl, parseUrl } from './url';

export type PageDetection =
  | { site: 'sina'; kind: 'article'; template: TemplateId }
  | { site: 'sina'; kind: 'not-article'; reason: string }
  | { site: 'other' };

/** The page's own URL claim: `<link rel=canonical>` or `og:url` (saved pages keep them). */
export function declaredUrl(doc: Document): string | undefined {
  // <head> only: a full-document miss costs a whole walk on 500 KB pages (linkedom).
  const head = headOf(doc);
  const link = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = head.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [link, og].find((u) => parseUrl(u ?? undefined)) ?? undefined;
}

/** The URL to judge the page by: the given one if it is Sina, else the page's declared one. */
export function effectiveUrl(doc: Document, url: string, declared = declaredUrl(doc)): string {
  if (isSinaUrl(url)) return url;
  return declared && isSinaUrl(declared) ? declared : url;
}

const ALL_DETECT = [...new Set(TEMPLATES.flatMap((t) => t.detect))].join(', ');

/**
 * First template whose every detect selector matches. One document traversal for all markers
 * (a missed querySelector walks the whole page: several misses cost more than the extraction).
 */
export function matchTemplate(doc: Document): TemplateRule | undefined {
  const found = [...doc.querySelectorAll(ALL_DETECT)];
  return TEMPLATES.find((t) => t.detect.every((sel) => found.some((el) => el.matches(sel))));
}

/** A local copy (file:, blank, about:, blob:) is judged by its DOM alone. */
function isLocal(url: string): boolean {
  const u = parseUrl(url);
  return !u || !/^https?:$/.test(u.protocol);
}

/**
 * A saved page without canonical/og:url, judged by its DOM: a full template match is an article;
 * a page that is clearly Sina's (title suffix, favicon) is not one, unless it carries the CMS
 * article stamp of the 2004–2005 pages (cwced-*), which the Readability fallback reads.
 */
function detectSaved(doc: Document): PageDetection {
  const t = matchTemplate(doc);
  if (t) return { site: 'sina', kind: 'article', template: t.id };
  if (!looksLikeSina(doc) || hasArticleStamp(doc)) return { site: 'other' };
  return { site: 'sina', kind: 'not-article', reason: 'saved Sina page with no article template' };
}

export function detectPage(doc: Document, url: string): PageDetection {
  return detectWithDeclared(doc, url, declaredUrl(doc));
}

/** detectPage with the page's declared URL already read (extractArticle reads it once). */
export function detectWithDeclared(doc: Document, url: string, declared: string | undefined): PageDetection {
  const eff = effectiveUrl(doc, url, declared);
  if (!isSinaUrl(eff)) return isLocal(eff) ? detectSaved(doc) : { site: 'other' };
  const known = NOT_ARTICLE_URLS.find((n) => n.pattern.test(eff));
  if (known) return { site: 'sina', kind: 'not-article', reason: known.reason };
  const t = matchTemplate(doc);
  if (t) return { site: 'sina', kind: 'article', template: t.id };
  const path = parseUrl(eff)?.pathname ?? '';
  // An article URL whose DOM no rule knows (e.g. a future redesign): let the fallback try.
  if (ARTICLE_URL.test(path) || LEGACY_ARTICLE_URL.test(path)) return { site: 'other' };
  return { site: 'sina', kind: 'not-article', reason: path === '/' || path === '' ? 'home' : 'list' };
}

export function isArticle(d: PageDetection): d is Extract<PageDetection, { kind: 'article' }> {
  return d.site === 'sina' && d.kind === 'article';
}

export function isNotArticle(d: PageDetection): boolean {
  return d.site === 'sina' && d.kind === 'not-article';
}
