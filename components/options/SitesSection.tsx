/**
 * Cleaning and automatic reader view per host, grouped by site: Sina's hosts the rules list
 * (utils/sites: `listedHosts`, those whose templates the rules know), then each other site with
 * whether the user granted it (granting is OtherSitesSection's), then any host of no known site
 * (an older import). A site's group holds the hosts the user added (kept in `listedHosts`, so one
 * added with default switches is still listed after a reload) or changed. A switch works the same
 * on every site: the live cleaner reads these lists by host; on a site not granted nothing runs,
 * so its switches wait, disabled.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { LISTED_HOSTS, siteForHost, SITES, type SiteRule } from '@/utils/sites';
import { isAutoReaderOn, isCleaningOn, MAX_HOSTS, toggleHost, type Settings } from '@/utils/settings';
import type { SectionProps } from './section-props';
import { useGrantedSites } from './use-granted-sites';

const KNOWN_HOSTS: readonly string[] = LISTED_HOSTS;

/** A host the user added: its row can go again (switches included), unlike the known ones. */
function withoutHost(s: Settings, h: string): Settings {
  const drop = (list: string[]) => list.filter((x) => x !== h);
  return { ...s, listedHosts: drop(s.listedHosts), cleanDisabledHosts: drop(s.cleanDisabledHosts), autoReaderHosts: drop(s.autoReaderHosts) };
}

function HostRow({ host: h, settings, change, disabled }: SectionProps & { host: string; disabled: boolean }) {
  return (
    <tr data-host={h}>
      <th scope="row">{h}</th>
      <td><input type="checkbox" name="clean" aria-label={`${i18n.t('options.sites.clean')} ${h}`} checked={isCleaningOn(settings, h)} disabled={disabled}
        onChange={(e) => { const on = e.currentTarget.checked; void change((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, h, !on) })); }} /></td>
      <td><input type="checkbox" name="autoReader" aria-label={`${i18n.t('options.sites.autoReader')} ${h}`} checked={isAutoReaderOn(settings, h)} disabled={disabled}
        onChange={(e) => { const on = e.currentTarget.checked; void change((s) => ({ ...s, autoReaderHosts: toggleHost(s.autoReaderHosts, h, on) })); }} /></td>
      <td>{!KNOWN_HOSTS.includes(h) && (
        <button type="button" data-action="remove-host" aria-label={`${i18n.t('options.sites.remove')} ${h}`}
          onClick={() => void change((s) => withoutHost(s, h))}>{i18n.t('options.sites.remove')}</button>
      )}</td>
    </tr>
  );
}

/** One site's rows under a heading row saying whether it runs there. */
function SiteGroup(p: SectionProps & { site: SiteRule | undefined; hosts: string[]; granted: boolean }) {
  const { site, hosts, granted } = p;
  const other = site !== undefined && site.id !== 'sina';
  if (!site && !hosts.length) return null;
  const state = !other ? '' : granted ? i18n.t('moreSites.granted') : i18n.t('moreSites.notGranted');
  return (
    <tbody data-site={site?.id ?? 'unknown'} data-granted={other ? String(granted) : undefined}>
      <tr class="site-group">
        <th scope="rowgroup" colSpan={4}>
          {site ? site.names.fallback : i18n.t('moreSites.unknownHosts')}
          {state && <span class="site-state"> — {state}</span>}
        </th>
      </tr>
      {hosts.map((h) => <HostRow key={h} host={h} settings={p.settings} change={p.change} disabled={other && !granted} />)}
      {other && granted && !hosts.length && (
        <tr class="site-empty"><td colSpan={4} class="note">{i18n.t('moreSites.allHostsOn', [site.hosts.join(', ')])}</td></tr>
      )}
    </tbody>
  );
}

export function SitesSection({ settings, change }: SectionProps) {
  const { granted } = useGrantedSites();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const hosts = [...new Set([...KNOWN_HOSTS, ...settings.cleanDisabledHosts, ...settings.autoReaderHosts, ...settings.listedHosts])];
  const hostsOf = (site: SiteRule | undefined) => hosts.filter((h) => siteForHost(h) === site);
  const add = (e: Event) => {
    e.preventDefault();
    const h = draft.trim().toLowerCase();
    if (!/^[a-z0-9.-]{1,48}$/.test(h) || !siteForHost(h)) return setError(i18n.t('moreSites.invalidHost', [draft]));
    if (hosts.includes(h)) return setError(i18n.t('options.sites.alreadyListed', [h]));
    if (settings.listedHosts.length >= MAX_HOSTS) return setError(i18n.t('options.sites.tooMany', [String(MAX_HOSTS)]));
    setError('');
    setDraft('');
    void change((s) => ({ ...s, listedHosts: [...s.listedHosts, h] }));
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
      <p class="note" data-field="sites-note">{i18n.t('moreSites.sitesNote')}</p>
      <table class="sites">
        <thead>
          <tr><th scope="col">{i18n.t('options.sites.host')}</th><th scope="col">{i18n.t('options.sites.clean')}</th><th scope="col">{i18n.t('options.sites.autoReader')}</th><td /></tr>
        </thead>
        {[...SITES, undefined].map((site) => (
          <SiteGroup key={site?.id ?? 'unknown'} site={site} hosts={hostsOf(site)} granted={site !== undefined && granted[site.id as keyof typeof granted] === true}
            settings={settings} change={change} />
        ))}
      </table>
      <form class="add-host" onSubmit={add}>
        <label class="field">
          <span>{i18n.t('moreSites.addLabel')}</span>
          <input name="newHost" value={draft} placeholder="tech.sina.com.cn" aria-invalid={error ? 'true' : undefined} aria-describedby="host-error"
            onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <button type="submit">{i18n.t('options.sites.add')}</button>
        <p id="host-error" class="status" data-kind="error" role="alert">{error}</p>
      </form>
    </section>
  );
}
