/**
 * The other news sites the rules know (utils/sites/others.ts): each one's name and hosts, whether
 * the user granted it, and grant/revoke buttons. Nothing runs on a site before it is granted; the
 * background follows every change (lib/background/site-access.ts).
 */
import { i18n } from '#i18n';
import { requestSite, revokeSite } from '@/lib/ui/site-grant';
import { OTHER_SITES } from '@/utils/sites/others';
import type { OtherSiteRule } from '@/utils/sites/types';
import { useGrantedSites } from './use-granted-sites';

export function OtherSitesSection() {
  const { granted, recheck } = useGrantedSites();
  // The request runs first in the click: browsers ask for permissions only inside a user gesture.
  const toggle = (site: OtherSiteRule, on: boolean) => void (on ? requestSite(site) : revokeSite(site)).then(recheck);
  return (
    <section aria-labelledby="other-sites-heading">
      <h2 id="other-sites-heading">{i18n.t('siteAccess.title')}</h2>
      <p class="note">{i18n.t('siteAccess.explain')}</p>
      <table class="sites" data-list="other-sites">
        <tbody>
          {OTHER_SITES.map((site) => {
            const on = granted[site.id] === true;
            return (
              <tr key={site.id} data-site={site.id} data-granted={String(on)}>
                <th scope="row">{site.names.fallback}</th>
                <td>{site.hosts.join(', ')}</td>
                <td>{on ? i18n.t('siteAccess.granted') : i18n.t('siteAccess.notGranted')}</td>
                <td>
                  <button type="button" data-action={on ? 'revoke-site' : 'grant-site'} onClick={() => toggle(site, !on)}>
                    {on ? i18n.t('siteAccess.revoke') : i18n.t('siteAccess.grant')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
