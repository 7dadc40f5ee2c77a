/**
 * Granting and revoking another site (utils/sites/others.ts) from an extension page. The request
 * must run inside the click (a user gesture). After a grant the background registers
 * site-clean.js for later loads (lib/background/site-access.ts); the page already open is cleaned
 * at once by injecting the script into it.
 */
import { browser } from 'wxt/browser';
import { holdsOrigins, permissionAnswer } from '@/lib/shared/tab-access';
import { siteMatches } from '@/utils/sites';
import type { OtherSiteRule } from '@/utils/sites/types';

export function isSiteGranted(site: OtherSiteRule): Promise<boolean> {
  return holdsOrigins(siteMatches(site));
}

/** Call from a click handler, before any other await (the request starts synchronously here). */
export function requestSite(site: OtherSiteRule): Promise<boolean> {
  return permissionAnswer(() => browser.permissions.request({ origins: siteMatches(site) }));
}

export function revokeSite(site: OtherSiteRule): Promise<boolean> {
  return permissionAnswer(() => browser.permissions.remove({ origins: siteMatches(site) }));
}
