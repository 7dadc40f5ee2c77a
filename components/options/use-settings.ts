/**
 * The options page's view of the settings: loaded once, kept in step with storage (another tab or
 * device may change them), and written on every change so they apply without a reload.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { getSettings, SettingsTooLargeError, updateSettings, watchSettings } from '@/lib/shared/settings-store';
import type { Settings } from '@/utils/settings';

export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = async (fn: (s: Settings) => Settings) => {
    try {
      setSettings(await updateSettings(fn));
      setStatus({ kind: 'ok', text: i18n.t('options.saved') });
    } catch (err) {
      const why = err instanceof SettingsTooLargeError ? i18n.t('options.tooLarge') : String(err);
      setStatus({ kind: 'error', text: i18n.t('options.saveFailed', [why]) });
    }
  };
  return { settings, setSettings, change, status, setStatus };
}
