/**
 * The LiveRules of another site (utils/sites/others.ts) for the run-time script of granted sites
 * (entrypoints/site-clean.ts): the site's own detection (utils/detect-sites.ts), its URL shapes for
 * the guess before paint, and its live rows (utils/sites/others-live.ts). No extraction code.
 */
import { detectOtherSite, otherSiteForUrl, type SiteDetection } from './detect-sites';
import { buildHideCss, cleanRoot, type LiveRules } from './live-clean';
import { OTHERS_LIVE } from './sites/others-live';
import { parseUrl } from './url';

/** The rules for the site `url` belongs to; undefined on a host of no other site. */
export function siteLiveRules(url: string): LiveRules<SiteDetection | undefined> | undefined {
  const site = otherSiteForUrl(url);
  if (!site) return undefined;
  const live = OTHERS_LIVE[site.id];
  return {
    css: () => buildHideCss(live.hide),
    // The site's article path and none of its known non-article addresses: a wrong guess is undone at DOMContentLoaded.
    guess: (u) => site.articleUrl.test(parseUrl(u)?.pathname ?? '') && !site.notArticleUrls.some((n) => n.pattern.test(u)),
    // The page's own address only: a canonical link must not make another site's rules apply here.
    detect: (doc, u) => detectOtherSite(doc, u, undefined),
    article: (d) => d?.kind === 'article',
    clean: (doc, d) => (d?.kind === 'article' ? cleanRoot(doc, d.template.root, live.remove, live.hide) : { removed: 0, hidden: 0 }),
  };
}
