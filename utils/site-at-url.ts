/**
 * Judging a page at an address of a known other site, from only the parts of the site's rule this
 * needs (its non-article URLs, its templates' detect and root selectors): utils/detect-sites.ts
 * uses it with the full rules, the run-time script of granted sites with the compact copy in
 * utils/sites/others-live.ts, so that script does not carry the sites' extraction data.
 */
import type { NotArticleUrl, SiteRule, TemplateRule } from './sites/types';
import { parseUrl } from './url';

export interface SiteAtUrl<T extends Pick<TemplateRule, 'detect' | 'root'>> {
  notArticleUrls: readonly NotArticleUrl[];
  templates: readonly T[];
}

export type UrlJudgement<T> = { kind: 'article'; template: T } | { kind: 'not-article'; reason: string } | undefined;

/** First template whose every detect selector matches one of `found` (one traversal finds all markers). */
export function firstTemplate<T extends Pick<TemplateRule, 'detect'>>(templates: readonly T[], found: readonly Element[]): T | undefined {
  return templates.find((t) => t.detect.every((sel) => found.some((el) => el.matches(sel))));
}

/** A known non-article address, else a template match; undefined: an address whose DOM no template knows. */
export function judgeAtUrl<T extends Pick<TemplateRule, 'detect' | 'root'>>(doc: Document, url: string, site: SiteAtUrl<T>): UrlJudgement<T> {
  const known = site.notArticleUrls.find((n) => n.pattern.test(url));
  if (known) return { kind: 'not-article', reason: known.reason };
  const found = [...doc.querySelectorAll(site.templates.flatMap((t) => t.detect).join(', '))];
  const template = firstTemplate(site.templates, found);
  return template && { kind: 'article', template };
}

/** The site's article path shape, and none of its known non-article addresses: a guess from the URL alone. */
export function isArticleAddress(site: Pick<SiteRule, 'articleUrl' | 'notArticleUrls'>, url: string): boolean {
  return site.articleUrl.test(parseUrl(url)?.pathname ?? '') && !site.notArticleUrls.some((n) => n.pattern.test(url));
}
