/**
 * Which open tabs "save all open articles" (./batch-save.ts) takes, from the site registry: every
 * Sina tab (a non-article one is listed as skipped, as before), and the tabs of the other sites
 * whose address the site's rules call an article, when the user granted the site. An article tab
 * of a site not granted is only counted: nothing of ours may run there. Other tabs are not counted.
 *
 * Without the `tabs` permission the browser hides the address of a tab on a host we hold no
 * permission for, so the count covers only the tabs whose address we see (the popup's own tab
 * through activeTab, hosts granted for the user's rules).
 */
import { siteForUrl } from './sites';
import type { OtherSiteId, SiteRule } from './sites/types';
import { parseUrl } from './url';

export type BatchTabKind = 'sina' | 'other-article' | 'not-allowed' | 'ignored';

/** The site's URL shape of an article, and none of its known non-article shapes. */
export function isArticleAddress(site: SiteRule, url: string): boolean {
  const u = parseUrl(url);
  return !!u && !site.notArticleUrls.some((n) => n.pattern.test(url)) && site.articleUrl.test(u.pathname);
}

export function batchTabKind(url: string | undefined, granted: readonly OtherSiteId[]): BatchTabKind {
  const site = siteForUrl(url);
  if (!site || url === undefined) return 'ignored';
  if (site.id === 'sina') return 'sina';
  if (!isArticleAddress(site, url)) return 'ignored';
  return granted.includes(site.id) ? 'other-article' : 'not-allowed';
}
