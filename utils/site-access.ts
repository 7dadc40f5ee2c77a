/**
 * Which hosts the other sites (utils/sites/others.ts) need the user to grant, derived from the
 * registry: the manifest's optional host permissions, the background's registration of
 * entrypoints/site-clean.ts, the popup's and options page's grant buttons all read these.
 */
import { siteMatches } from './sites';
import { OTHER_SITES } from './sites/others';
import type { OtherSiteId, OtherSiteRule } from './sites/types';

/** The id of the run-time content script of granted sites (lib/background/page-scripts.ts). */
export const SITE_CLEAN_SCRIPT = { id: 'sfc-site-clean', file: 'site-clean.js' } as const;

/** Every other site's match patterns, in registry order. */
export function otherSiteMatches(): string[] {
  return OTHER_SITES.flatMap((s) => siteMatches(s));
}

/**
 * The manifest's optional host permissions: the other sites, plus every host (the all-sites pattern), because
 * rules a user adds on a site of their own choosing need that site's permission, asked for then.
 */
export function optionalHostPatterns(): string[] {
  return [...otherSiteMatches(), '*://*/*'];
}

/** The match patterns of the sites among `granted`, for one registration of the script. */
export function grantedMatches(granted: readonly OtherSiteId[]): string[] {
  return OTHER_SITES.filter((s) => granted.includes(s.id)).flatMap((s) => siteMatches(s));
}

export function otherSiteById(id: OtherSiteId): OtherSiteRule | undefined {
  return OTHER_SITES.find((s) => s.id === id);
}
