/**
 * Granting and revoking another site (utils/sites/others.ts) from an extension page. The request
 * must run inside the click (a user gesture). After a grant the background registers
 * site-clean.js for later loads (lib/background/site-access.ts); the page already open is cleaned
 * at once by injecting the script into it.
 */
import { browser } from 'wxt/browser';
import { holdsOrigins, injectSiteClean } from '@/lib/shared/tab-access';
import { siteMatches } from '@/utils/sites';
import type { OtherSiteRule } from '@/utils/sites/types';

/**
 * A permissions call that fails counts as "no", whether it rejects or throws at once (some
 * polyfills and test doubles throw synchronously; an unhandled rejection would surface on the page).
 */
async function answer(call: () => Promise<boolean>): Promise<boolean> {
  try {
    return await call();
  } catch {
    return false;
  }
}

export function isSiteGranted(site: OtherSiteRule): Promise<boolean> {
  return holdsOrigins(siteMatches(site));
}

/** Call from a click handler, before any other await (the request starts synchronously here). */
export function requestSite(site: OtherSiteRule): Promise<boolean> {
  return answer(() => browser.permissions.request({ origins: siteMatches(site) }));
}

export function revokeSite(site: OtherSiteRule): Promise<boolean> {
  return answer(() => browser.permissions.remove({ origins: siteMatches(site) }));
}

/** Cleans the open tab now: the registration only covers pages loaded after it. */
export const cleanTabNow = injectSiteClean;
