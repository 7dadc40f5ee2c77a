/** Settings as a JSON file (export, import) and a reset, with a confirming second step. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { replaceSettings, resetSettings } from '@/lib/shared/settings-store';
import { readAllUserRules, replaceAllUserRules } from '@/lib/shared/user-rules-store';
import { importUserRules, refusalMessageKey } from '@/utils/user-rules';
import { parseSettingsFile, serializeSettingsFile, SETTINGS_FILE_NAME } from '@/utils/settings-file';
import type { Settings } from '@/utils/settings';
import type { Status } from './use-settings';

interface Props {
  settings: Settings;
  onReplaced(s: Settings): void;
  onStatus(s: Status): void;
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = SETTINGS_FILE_NAME;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A refusal's explanation (the key is computed, so the typed `i18n.t` cannot check it). */
const userRulesText = (key: string): string => (i18n.t as (k: string) => string)(`userRules.${key}`);

const importError = (e: 'not-json' | 'not-settings' | 'too-big') =>
  e === 'not-json' ? i18n.t('options.file.notJson') : e === 'too-big' ? i18n.t('options.file.tooBig') : i18n.t('options.file.notSettings');

export function FileSection({ settings, onReplaced, onStatus }: Props) {
  const [confirming, setConfirming] = useState(false);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) return onStatus({ kind: 'error', text: i18n.t('options.file.importFailed', [importError(parsed.error)]) });
    // Every imported rule is checked again: the file may have been edited by hand or by anyone.
    const rules = importUserRules(parsed.userRules, document.createDocumentFragment());
    onReplaced(await replaceSettings(parsed.settings));
    await replaceAllUserRules(rules.sets);
    if (!rules.refused.length) return onStatus({ kind: 'ok', text: i18n.t('options.file.imported') });
    const list = rules.refused.slice(0, 5).map((r) => `${r.host} ${r.selector}: ${userRulesText(refusalMessageKey(r.reason))}`);
    onStatus({ kind: 'error', text: `${i18n.t('options.file.imported')} ${i18n.t('userRules.importRefused', [list.join('; ')])}` });
  };
  const reset = async () => {
    setConfirming(false);
    onReplaced(await resetSettings());
    onStatus({ kind: 'ok', text: i18n.t('options.file.resetDone') });
  };
  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">{i18n.t('options.file.heading')}</h2>
      <div class="row">
        <button type="button" data-action="export-settings" onClick={() => void readAllUserRules().then((rules) => download(serializeSettingsFile(settings, new Date(), rules)))}>{i18n.t('options.file.export')}</button>
        <label class="file-button">
          <span>{i18n.t('options.file.import')}</span>
          <input type="file" name="importSettings" accept="application/json,.json" onChange={(e) => void onFile(e.currentTarget)} />
        </label>
      </div>
      <div class="row">
        {!confirming && <button type="button" data-action="reset-settings" onClick={() => setConfirming(true)}>{i18n.t('options.file.reset')}</button>}
        {confirming && (
          <>
            <button type="button" data-action="confirm-reset" class="danger" onClick={() => void reset()}>{i18n.t('options.file.resetConfirm')}</button>
            <button type="button" data-action="cancel-reset" onClick={() => setConfirming(false)}>{i18n.t('options.file.resetCancel')}</button>
          </>
        )}
      </div>
    </section>
  );
}
