/** "Hide an element…" and "Choose the article…": start the picker in the tab, then close. */
import { i18n } from '#i18n';
import { launchPicker } from '@/lib/ui/picker-launch';
import { isValidRuleHost } from '@/utils/user-rules';

export function PickerActions({ tabId, host, onDone }: { tabId: number; host: string; onDone(): void }) {
  if (!isValidRuleHost(host)) return null;
  const pick = (kind: 'hide' | 'article') => () =>
    void launchPicker(tabId, host, kind).then((ok) => ok && onDone(), (err: unknown) => console.warn('picker:', err));
  return (
    <div class="row picker-actions">
      <button type="button" data-action="pick-hide" onClick={pick('hide')}>{i18n.t('userRules.pickHide')}</button>
      <button type="button" data-action="pick-article" onClick={pick('article')}>{i18n.t('userRules.pickArticle')}</button>
    </div>
  );
}
