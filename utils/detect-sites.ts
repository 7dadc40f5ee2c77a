/**
 * Is this a page of one of the other sites (utils/sites/others.ts), and of which template? The
 * same judgement utils/detect.ts makes for Sina, from each site's data: a known address is judged
 * by the site's URL shapes and a template match; a page saved without its address needs a full
 * template match AND the site's own mark (title suffix or a head meta/link), so one site's
 * markup never claims another site's page. Runs only where extraction runs (never in the
 * always-on content script: tests/core/bundle-size.test.ts).
 */
import { onDomain } from './sites/host-match';
import { firstTemplate, judgeAtUrl } from './site-at-url';
import { OTHER_SITES } from './sites/others';
import type { OtherSiteRule, TemplateRule } from './sites/types';
import { headOf, normText } from './dom';
import { parseUrl } from './url';

export type SiteDetection =
  | { kind: 'article'; site: OtherSiteRule; template: TemplateRule; url: string }
  | { kind: 'not-article'; site: OtherSiteRule; reason: string };

/** The other site an http(s) URL belongs to, if any. */
export function otherSiteForUrl(url: string | undefined): OtherSiteRule | undefined {
  const u = parseUrl(url);
  if (!u || !/^https?:$/.test(u.protocol)) return undefined;
  return OTHER_SITES.find((s) => onDomain(u.hostname, s.hosts));
}

/** Every detect selector of the sites: one document traversal finds the markers of all of them. */
const ALL_DETECT = [...new Set(OTHER_SITES.flatMap((s) => s.templates.flatMap((t) => t.detect)))].join(', ');

/** First template of `site` whose every detect selector matches one of `found` (default: the page's markers). */
export function matchSiteTemplate(doc: Document, site: OtherSiteRule, found: readonly Element[] = [...doc.querySelectorAll(ALL_DETECT)]): TemplateRule | undefined {
  return firstTemplate(site.templates, found);
}

/** The site's own mark on a page saved without its address: its title suffix or a head meta/link. */
export function hasSavedMark(doc: Document, site: OtherSiteRule): boolean {
  const title = normText(doc.querySelector('title')?.textContent);
  if (site.titleSuffix.test(title)) return true;
  const head = headOf(doc);
  return site.savedMarkers.some((sel) => head.querySelector(sel) !== null || doc.querySelector(sel) !== null);
}

/**
 * `url`: the given address, else the page's canonical/og:url (`declared`). An address of no
 * other site but http(s) is not ours; a local or missing one is judged by the DOM and the mark.
 */
export function detectOtherSite(doc: Document, given: string, declared: string | undefined): SiteDetection | undefined {
  const url = [given, declared].find((u) => otherSiteForUrl(u)) ?? '';
  const site = otherSiteForUrl(url);
  if (site) {
    const j = judgeAtUrl(doc, url, site);
    if (j?.kind === 'not-article') return { kind: 'not-article', site, reason: j.reason };
    // An address of the site whose DOM no template knows: the Readability fallback tries it.
    return j && { kind: 'article', site, template: j.template, url };
  }
  if (/^https?:$/.test(parseUrl(given)?.protocol ?? '')) return undefined;
  const found = [...doc.querySelectorAll(ALL_DETECT)];
  for (const s of OTHER_SITES) {
    const t = matchSiteTemplate(doc, s, found);
    if (t && hasSavedMark(doc, s)) return { kind: 'article', site: s, template: t, url: '' };
  }
  return undefined;
}
