/**
 * The LiveRules of another site (utils/sites/others.ts) for the run-time script of granted sites
 * (entrypoints/site-clean.ts), from the compact copy of the rules (utils/sites/others-live.ts):
 * the site's URL shapes for the guess before paint, its templates for the detection (judged as
 * utils/detect-sites.ts judges a page at a site's address: utils/site-at-url.ts), its live rows.
 */
import { buildHideCss, cleanRoot, type LiveRules } from './live-clean';
import { isArticleAddress, judgeAtUrl, type UrlJudgement } from './site-at-url';
import { liveSiteForHost } from './article-roots';
import type { LiveSite } from './sites/types';
import { parseUrl } from './url';

type Template = LiveSite['templates'][number];

/** The rules for the site `url` belongs to; undefined on a host of no other site. */
export function siteLiveRules(url: string): LiveRules<UrlJudgement<Template>> | undefined {
  const host = parseUrl(url)?.hostname ?? '';
  const site = liveSiteForHost(host);
  if (!site) return undefined;
  return {
    css: () => buildHideCss(site.hide),
    // The site's article path and none of its known non-article addresses: a wrong guess is undone at DOMContentLoaded.
    guess: (u) => isArticleAddress(site, u),
    // The page's own address only: a canonical link must not make another site's rules apply here.
    detect: (doc, u) => judgeAtUrl(doc, u, site),
    article: (d) => d?.kind === 'article',
    clean: (doc, d) => (d?.kind === 'article' ? cleanRoot(doc, d.template.root, site.remove, site.hide) : { removed: 0, hidden: 0 }),
  };
}
