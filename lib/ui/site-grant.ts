/**
 * Granting and revoking another site (utils/sites/others.ts) from an extension page. The request
 * must run inside the click (a user gesture). After a grant the background registers
 * site-clean.js for later loads (lib/background/site-access.ts); the page already open is cleaned
 * at once by injecting the script into it.
 */
import { browser } from 'wxt/browser';
import { SITE_CLEAN_SCRIPT } from '@/utils/site-access';
import { siteMatches } from '@/utils/sites';
import type { OtherSiteRule } from '@/utils/sites/types';

export function isSiteGranted(site: OtherSiteRule): Promise<boolean> {
  return browser.permissions.contains({ origins: siteMatches(site) }).catch(() => false);
}

/** Call from a click handler, before any other await. */
export function requestSite(site: OtherSiteRule): Promise<boolean> {
  return browser.permissions.request({ origins: siteMatches(site) }).catch(() => false);
}

export function revokeSite(site: OtherSiteRule): Promise<boolean> {
  return browser.permissions.remove({ origins: siteMatches(site) }).catch(() => false);
}

/** Cleans the open tab now: the registration only covers pages loaded after it. */
export async function cleanTabNow(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/${SITE_CLEAN_SCRIPT.file}`] });
}
