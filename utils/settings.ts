/**
 * The one typed settings object (pure: no browser APIs here; lib/settings-store.ts stores it).
 * Every field has a default, and `normalizeSettings` turns anything found in storage — an older
 * version, a corrupt value, a hand-edited import — into a valid Settings without throwing.
 */

export const SETTINGS_VERSION = 1;

export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark';
export type ReaderFont = 'sans' | 'serif' | 'kai';

export interface ReaderSettings {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body font size in px. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Max column width in em (CJK characters per line). */
  width: number;
}

export interface Settings {
  version: number;
  /** Live-page cleaning, on by default; hosts listed here are left alone. */
  cleanDisabledHosts: string[];
  /** Hosts on which a matching article opens straight in the reader view. */
  autoReaderHosts: string[];
  reader: ReaderSettings;
  /** Id of the export preset `save-post` uses (see utils/export). */
  defaultPreset: string;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  cleanDisabledHosts: [],
  autoReaderHosts: [],
  reader: { theme: 'auto', font: 'sans', fontSize: 18, lineHeight: 1.8, width: 38 },
  defaultPreset: 'hexo',
};

const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
const FONTS: readonly ReaderFont[] = ['sans', 'serif', 'kai'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hostList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter((h): h is string => typeof h === 'string' && /^[a-z0-9.-]+$/i.test(h)))]
    .map((h) => h.toLowerCase());
}

function num(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

function pick<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

/** Any stored value (older, corrupt, imported) → valid Settings. Never throws. */
export function normalizeSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  if (!isRecord(raw)) return structuredClone(d);
  const r = isRecord(raw.reader) ? raw.reader : {};
  return {
    version: SETTINGS_VERSION,
    cleanDisabledHosts: hostList(raw.cleanDisabledHosts),
    autoReaderHosts: hostList(raw.autoReaderHosts),
    reader: {
      theme: pick(r.theme, THEMES, d.reader.theme),
      font: pick(r.font, FONTS, d.reader.font),
      fontSize: num(r.fontSize, d.reader.fontSize, 12, 32),
      lineHeight: num(r.lineHeight, d.reader.lineHeight, 1.2, 2.6),
      width: num(r.width, d.reader.width, 20, 60),
    },
    defaultPreset: typeof raw.defaultPreset === 'string' && raw.defaultPreset ? raw.defaultPreset : d.defaultPreset,
  };
}

export function isCleaningOn(s: Settings, host: string): boolean {
  return !s.cleanDisabledHosts.includes(host.toLowerCase());
}

export function isAutoReaderOn(s: Settings, host: string): boolean {
  return s.autoReaderHosts.includes(host.toLowerCase());
}

/** Adds or removes `host` from a host list, returning a new list. */
export function toggleHost(list: string[], host: string, on: boolean): string[] {
  const h = host.toLowerCase();
  const rest = list.filter((x) => x !== h);
  return on ? [...rest, h] : rest;
}
