/**
 * Cleaning and automatic reader view per site. The list shows the Sina hosts whose templates the
 * rules know (from the corpus: finance, news, tech, mobile) plus any the user added or changed.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { isSinaHost } from '@/lib/hosts';
import { isAutoReaderOn, isCleaningOn, toggleHost } from '@/utils/settings';
import type { SectionProps } from './section-props';

const KNOWN_HOSTS = ['finance.sina.com.cn', 'finance.sina.cn', 'news.sina.com.cn', 'tech.sina.com.cn', 'k.sina.com.cn'];

export function SitesSection({ settings, change }: SectionProps) {
  const [added, setAdded] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const hosts = [...new Set([...KNOWN_HOSTS, ...settings.cleanDisabledHosts, ...settings.autoReaderHosts, ...added])];
  const add = (e: Event) => {
    e.preventDefault();
    const h = draft.trim().toLowerCase();
    if (!/^[a-z0-9.-]{1,48}$/.test(h) || !isSinaHost(h)) return setError(i18n.t('options.sites.invalidHost', [draft]));
    setError('');
    setDraft('');
    setAdded((a) => [...a, h]);
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
      <table class="sites">
        <thead>
          <tr><th scope="col">{i18n.t('options.sites.host')}</th><th scope="col">{i18n.t('options.sites.clean')}</th><th scope="col">{i18n.t('options.sites.autoReader')}</th></tr>
        </thead>
        <tbody>
          {hosts.map((h) => (
            <tr key={h} data-host={h}>
              <th scope="row">{h}</th>
              <td><input type="checkbox" name="clean" aria-label={`${i18n.t('options.sites.clean')} ${h}`} checked={isCleaningOn(settings, h)}
                onChange={(e) => { const on = e.currentTarget.checked; void change((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, h, !on) })); }} /></td>
              <td><input type="checkbox" name="autoReader" aria-label={`${i18n.t('options.sites.autoReader')} ${h}`} checked={isAutoReaderOn(settings, h)}
                onChange={(e) => { const on = e.currentTarget.checked; void change((s) => ({ ...s, autoReaderHosts: toggleHost(s.autoReaderHosts, h, on) })); }} /></td>
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
