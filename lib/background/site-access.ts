/**
 * Keeps the run-time cleaner of other sites (entrypoints/site-clean.ts) registered on exactly the
 * sites the user granted: on every background start, install, browser start and permission change,
 * asks `permissions.contains` for each site's patterns and hands the result to setPageScript; and
 * cleans the tabs of a site already open when it is granted. Nothing of ours runs on a site before
 * the user grants it.
 */
import { grantedMatches, SITE_CLEAN_SCRIPT } from '@/utils/site-access';
import { siteMatches } from '@/utils/sites';
import { OTHER_SITES } from '@/utils/sites/others';
import type { OtherSiteId } from '@/utils/sites/types';
import { browser } from 'wxt/browser';
import { holdsOrigins, injectSiteClean } from '@/lib/shared/tab-access';
import { keepPageScriptInLine, setPageScript } from './page-scripts';

/** The other sites whose every host pattern the extension holds now. */
export async function grantedSites(): Promise<OtherSiteId[]> {
  const held = await Promise.all(OTHER_SITES.map((s) => holdsOrigins(siteMatches(s))));
  return OTHER_SITES.filter((_, i) => held[i]).map((s) => s.id);
}

export async function syncSiteAccess(): Promise<void> {
  await setPageScript({ ...SITE_CLEAN_SCRIPT, matches: grantedMatches(await grantedSites()) });
}

/**
 * The open tabs of the sites a grant just completed are cleaned now, wherever the grant was made
 * (options page, popup, the browser's own add-on page): the registration covers only later loads.
 * A site counts once all its patterns are held; a tab that cannot be scripted is left as it is.
 */
export async function cleanOpenTabs(added: readonly string[] | undefined): Promise<number> {
  if (!added?.length) return 0;
  const granted = await grantedSites();
  const sites = OTHER_SITES.filter((s) => granted.includes(s.id) && siteMatches(s).some((p) => added.includes(p)));
  let cleaned = 0;
  for (const site of sites) {
    const tabs = await browser.tabs.query({ url: siteMatches(site) }).catch(() => []);
    const done = await Promise.all(tabs.map((t) => (t.id === undefined ? false : injectSiteClean(t.id).then(() => true, () => false))));
    cleaned += done.filter(Boolean).length;
  }
  return cleaned;
}

export function setupSiteAccess(): void {
  keepPageScriptInLine('site access', syncSiteAccess);
  browser.permissions.onAdded.addListener((p) => void cleanOpenTabs(p.origins).catch((e: unknown) => console.warn('site access:', e)));
}
