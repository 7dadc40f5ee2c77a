/**
 * Keeps the run-time cleaner of other sites (entrypoints/site-clean.ts) registered on exactly the
 * sites the user granted: on every background start, install, browser start and permission change,
 * asks `permissions.contains` for each site's patterns and hands the result to setPageScript.
 * Nothing of ours runs on a site before the user grants it.
 */
import { grantedMatches, SITE_CLEAN_SCRIPT } from '@/utils/site-access';
import { siteMatches } from '@/utils/sites';
import { OTHER_SITES } from '@/utils/sites/others';
import type { OtherSiteId } from '@/utils/sites/types';
import { holdsOrigins } from '@/lib/shared/tab-access';
import { keepPageScriptInLine, setPageScript } from './page-scripts';

/** The other sites whose every host pattern the extension holds now. */
export async function grantedSites(): Promise<OtherSiteId[]> {
  const held = await Promise.all(OTHER_SITES.map((s) => holdsOrigins(siteMatches(s))));
  return OTHER_SITES.filter((_, i) => held[i]).map((s) => s.id);
}

export async function syncSiteAccess(): Promise<void> {
  await setPageScript({ ...SITE_CLEAN_SCRIPT, matches: grantedMatches(await grantedSites()) });
}

export function setupSiteAccess(): void {
  keepPageScriptInLine('site access', syncSiteAccess);
}
