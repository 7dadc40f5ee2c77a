/**
 * Settings as a file the user can keep or move to another browser (pure). The file wraps the
 * settings with a marker so that importing some unrelated JSON is refused instead of silently
 * resetting everything; the settings inside go through normalizeSettings (migrations included).
 */
import { normalizeSettings, type Settings } from './settings';

export const SETTINGS_FILE_APP = 'sina-finance-cleaner';
export const SETTINGS_FILE_NAME = 'sina-finance-cleaner-settings.json';

export interface SettingsFile {
  app: typeof SETTINGS_FILE_APP;
  exported: string;
  settings: Settings;
}

export function serializeSettingsFile(s: Settings, now: Date): string {
  const file: SettingsFile = { app: SETTINGS_FILE_APP, exported: now.toISOString(), settings: s };
  return JSON.stringify(file, null, 2) + '\n';
}

export type ParsedSettingsFile =
  | { ok: true; settings: Settings }
  | { ok: false; error: 'not-json' | 'not-settings' | 'too-big' };

/** 64 KB is far more than any real settings file; bigger input is not ours. */
const MAX_FILE_CHARS = 64 * 1024;

export function parseSettingsFile(text: string): ParsedSettingsFile {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const rec = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (rec.app !== SETTINGS_FILE_APP || typeof rec.settings !== 'object' || rec.settings === null) {
    return { ok: false, error: 'not-settings' };
  }
  return { ok: true, settings: normalizeSettings(rec.settings) };
}
