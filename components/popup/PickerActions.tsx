/**
 * "Hide an element…" and "Choose the article…" under a small heading: start the picker in the tab,
 * then close. On a host not granted yet the click asks for it first (lib/ui/picker-launch.ts).
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { hasHostAccess, launchPicker } from '@/lib/ui/picker-launch';
import { isValidRuleHost } from '@/utils/user-rules';

export function PickerActions({ tabId, host, onDone }: { tabId: number; host: string; onDone(): void }) {
  const [granted, setGranted] = useState(false);
  useEffect(() => void hasHostAccess(host).then(setGranted), [host]);
  if (!isValidRuleHost(host)) return null;
  const pick = (kind: 'hide' | 'article') => () =>
    void launchPicker(tabId, host, kind, granted).then((ok) => ok && onDone(), (err: unknown) => console.error('picker:', err));
  return (
    <section class="popup-group picker-actions" aria-labelledby="picker-heading" data-granted={String(granted)}>
      <h2 id="picker-heading">{i18n.t('userRules.title')}</h2>
      <button type="button" data-action="pick-hide" onClick={pick('hide')}>{i18n.t('userRules.pickHide')}</button>
      <button type="button" data-action="pick-article" onClick={pick('article')}>{i18n.t('userRules.pickArticle')}</button>
    </section>
  );
}
