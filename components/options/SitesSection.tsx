/**
 * Cleaning and automatic reader view per site. The list shows the hosts the site rules list
 * (utils/sites: `listedHosts`, those whose templates the rules know) plus any the user added (kept in
 * `listedHosts`, so a host added with default switches is still listed after a reload) or changed.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { isSinaHost } from '@/utils/hosts';
import { LISTED_HOSTS } from '@/utils/sites';
import { isAutoReaderOn, isCleaningOn, MAX_HOSTS, toggleHost, type Settings } from '@/utils/settings';
import type { SectionProps } from './section-props';

const KNOWN_HOSTS: readonly string[] = LISTED_HOSTS;

/** A host the user added: its row can go again (switches included), unlike the known ones. */
function withoutHost(s: Settings, h: string): Settings {
  const drop = (list: string[]) => list.filter((x) => x !== h);
  return { ...s, listedHosts: drop(s.listedHosts), cleanDisabledHosts: drop(s.cleanDisabledHosts), autoReaderHosts: drop(s.autoReaderHosts) };
}

export function SitesSection({ settings, change }: SectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const hosts = [...new Set([...KNOWN_HOSTS, ...settings.cleanDisabledHosts, ...settings.autoReaderHosts, ...settings.listedHosts])];
  const add = (e: Event) => {
    e.preventDefault();
    const h = draft.trim().toLowerCase();
    if (!/^[a-z0-9.-]{1,48}$/.test(h) || !isSinaHost(h)) return setError(i18n.t('options.sites.invalidHost', [draft]));
    if (hosts.includes(h)) return setError(i18n.t('options.sites.alreadyListed', [h]));
    if (settings.listedHosts.length >= MAX_HOSTS) return setError(i18n.t('options.sites.tooMany', [String(MAX_HOSTS)]));
    setError('');
    setDraft('');
    void change((s) => ({ ...s, listedHosts: [...s.listedHosts, h] }));
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
      <table class="sites">
        <thead>
          <tr><th scope="col">{i18n.t('options.sites.host')}</th><th scope="col">{i18n.t('options.sites.clean')}</th><th scope="col">{i18n.t('options.sites.autoReader')}</th><td /></tr>
        </thead>
        <tbody>
          {hosts.map((h) => (
            <tr key={h} data-host={h}>
              <th scope="row">{h}</th>
              <td><input type="checkbox" name="clean" aria-label={`${i18n.t('options.sites.clean')} ${h}`} checked={isCleaningOn(settings, h)}
                onChange={(e) => { const on = e.currentTarget.checked; void change((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, h, !on) })); }} /></td>
              <td><input type="checkbox" name="autoReader" aria-label={`${i18n.t('options.sites.autoReader')} ${h}`} checked={isAutoReaderOn(settings, h)}
                onChange={(e) => { const on = e.currentTarget.checked; void change((s) => ({ ...s, autoReaderHosts: toggleHost(s.autoReaderHosts, h, on) })); }} /></td>
              <td>{!KNOWN_HOSTS.includes(h) && (
                <button type="button" data-action="remove-host" aria-label={`${i18n.t('options.sites.remove')} ${h}`}
                  onClick={() => void change((s) => withoutHost(s, h))}>{i18n.t('options.sites.remove')}</button>
              )}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="add-host" onSubmit={add}>
        <label class="field">
          <span>{i18n.t('options.sites.addLabel')}</span>
          <input name="newHost" value={draft} placeholder="tech.sina.com.cn" aria-invalid={error ? 'true' : undefined} aria-describedby="host-error"
            onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <button type="submit">{i18n.t('options.sites.add')}</button>
        <p id="host-error" class="status" data-kind="error" role="alert">{error}</p>
      </form>
    </section>
  );
}
