/**
 * The site registry: every site the rules know, one SiteRule each (Sina: ./sina.ts; the others: ./others.ts),
 * and the lookups the rest of the code asks instead of knowing a host itself. Extraction and
 * extension pages import this; the always-on content script imports single constants instead
 * (./host-match.ts, ./sina-live.ts), so the rule tables stay out of its 20 KB.
 */
import { linkPatterns, matchPatterns, onDomain } from './host-match';
import { OTHER_SITES } from './others';
import { SINA } from './sina';
import type { SiteRule } from './types';

export type { SiteRule } from './types';

export const SITES: readonly SiteRule[] = [SINA, ...OTHER_SITES];

/** The site a host belongs to (its domain or a subdomain), if any. */
export function siteForHost(hostname: string, sites: readonly SiteRule[] = SITES): SiteRule | undefined {
  return sites.find((s) => onDomain(hostname, s.hosts));
}

/** The site of an http(s) URL, if any; other schemes (file:, about:) and bad URLs have none. */
export function siteForUrl(url: string | null | undefined, sites: readonly SiteRule[] = SITES): SiteRule | undefined {
  let u: URL;
  try {
    u = new URL((url ?? '').trim());
  } catch {
    return undefined;
  }
  return /^https?:$/.test(u.protocol) ? siteForHost(u.hostname, sites) : undefined;
}

/** Content-script matches and host permissions of a site. */
export function siteMatches(site: SiteRule): string[] {
  return matchPatterns(site.hosts);
}

/** Context-menu patterns of links to the site's articles. */
export function siteArticleLinks(site: SiteRule): string[] {
  return linkPatterns(site.hosts, site.articleLinks);
}

/** Hosts the options page lists from the start. */
export const LISTED_HOSTS: readonly string[] = /* @__PURE__ */ SITES.flatMap((s) => s.listedHosts);

/** The site's name for display on `hostname`: by host, else the site's own name. */
export function siteName(site: SiteRule, hostname: string): string {
  return site.names.byHost.find((n) => n.host.test(hostname))?.name ?? site.names.fallback;
}
