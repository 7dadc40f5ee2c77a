/**
 * Settings as a file the user can keep or move to another browser (pure). The file wraps the
 * settings with a marker so that importing some unrelated JSON is refused instead of silently
 * resetting everything; the settings inside go through normalizeSettings (migrations included).
 */
import { normalizeSettings, type Settings } from './settings';
import type { UserRuleSet } from './user-rules';

export const SETTINGS_FILE_APP = 'sina-finance-cleaner';
export const SETTINGS_FILE_NAME = 'sina-finance-cleaner-settings.json';

export interface SettingsFile {
  app: typeof SETTINGS_FILE_APP;
  exported: string;
  settings: Settings;
  /** The user's own rules (utils/user-rules.ts); checked one by one on import, not here. */
  userRules?: UserRuleSet[];
}

export function serializeSettingsFile(s: Settings, now: Date, userRules: readonly UserRuleSet[] = []): string {
  const file: SettingsFile = { app: SETTINGS_FILE_APP, exported: now.toISOString(), settings: s };
  if (userRules.length) file.userRules = [...userRules];
  return JSON.stringify(file, null, 2) + '\n';
}

export type ParsedSettingsFile =
  | { ok: true; settings: Settings; userRules: unknown }
  | { ok: false; error: 'not-json' | 'not-settings' | 'too-big' };

/**
 * Far more than any real settings file: the settings item and the user rules both live in
 * storage.sync, 100 KB in all, and the file is indented JSON. Bigger input is not ours.
 */
const MAX_FILE_CHARS = 256 * 1024;

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
  return { ok: true, settings: normalizeSettings(rec.settings), userRules: rec.userRules ?? [] };
}
