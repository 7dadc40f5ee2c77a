/**
 * On a page of a known other site the user has not granted: what granting does, and the button
 * that asks for the site's hosts (from the click) and cleans the open page at once.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { injectSiteClean } from '@/lib/shared/tab-access';
import { isSiteGranted, requestSite } from '@/lib/ui/site-grant';
import { otherSiteForUrl } from '@/utils/detect-sites';
import { siteName } from '@/utils/sites';

export function SiteAccess({ tabId, host, onGranted }: { tabId: number; host: string; onGranted(): Promise<void> }) {
  const site = otherSiteForUrl(`https://${host}/`);
  const [granted, setGranted] = useState(true);
  useEffect(() => void (site && isSiteGranted(site).then(setGranted)), [site]);
  if (!site || granted) return null;
  const grant = () =>
    void requestSite(site).then(async (ok) => {
      if (!ok) return;
      setGranted(true);
      await injectSiteClean(tabId).catch(() => undefined);
      await onGranted();
    });
  return (
    <div class="grant" data-state="site-not-granted">
      <p class="note">{i18n.t('siteAccess.popupNote', [siteName(site, host)])}</p>
      <button type="button" data-action="grant-site" onClick={grant}>{i18n.t('siteAccess.clean')}</button>
    </div>
  );
}
