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
import { isArticleAddress } from './site-at-url';
import type { OtherSiteId } from './sites/types';

export type BatchTabKind = 'sina' | 'other-article' | 'not-allowed' | 'ignored';

export function batchTabKind(url: string | undefined, granted: readonly OtherSiteId[]): BatchTabKind {
  const site = siteForUrl(url);
  if (!site || url === undefined) return 'ignored';
  if (site.id === 'sina') return 'sina';
  if (!isArticleAddress(site, url)) return 'ignored';
  return granted.includes(site.id) ? 'other-article' : 'not-allowed';
}
