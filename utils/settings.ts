/**
 * The one typed settings object (pure: no browser APIs here; lib/shared/settings-store.ts stores
 * it). Every field has a default, and `normalizeSettings` turns anything found in storage — an
 * older version, a corrupt value, a hand-edited import — into a valid Settings without throwing.
 */

import { migrateSettings, LATEST_VERSION } from './settings-migrate';
import { normalizePresets, type PresetOverrides } from './settings-presets';

/** The storage.sync key of the one settings item (lib/shared/settings-store.ts writes it, lib/page/settings-lite.ts reads it). */
export const SETTINGS_STORAGE_KEY = 'settings';

export const SETTINGS_VERSION = LATEST_VERSION;

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

/** `remote`: posts link Sina's image hosts (shown with no referrer); `local`: images saved beside the post. */
export type ImageMode = 'remote' | 'local';

export interface ImageSettings {
  mode: ImageMode;
  /** Folder for a post's images, relative to the post; `{name}` is the post's file name without extension. */
  folderPattern: string;
}

export interface Settings {
  version: number;
  /** Live-page cleaning, on by default; hosts listed here are left alone. */
  cleanDisabledHosts: string[];
  /** Hosts on which a matching article opens straight in the reader view. */
  autoReaderHosts: string[];
  /** Hosts the user added to the options page's list, kept there even with default switches. */
  listedHosts: string[];
  reader: ReaderSettings;
  /** Id of the export preset `save-post` uses (see utils/export). */
  defaultPreset: string;
  /** Per-preset export choices; only what the user changed (utils/settings-presets.ts). */
  presets: Record<string, PresetOverrides>;
  images: ImageSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  cleanDisabledHosts: [],
  autoReaderHosts: [],
  listedHosts: [],
  reader: { theme: 'auto', font: 'sans', fontSize: 18, lineHeight: 1.8, width: 38 },
  defaultPreset: 'hexo',
  presets: {},
  images: { mode: 'remote', folderPattern: '{name}' },
};

/** Hosts per list (Sina's and the other sites' together): Sina has about twenty article hosts; the cap keeps storage.sync's 8 KB item quota safe. */
export const MAX_HOSTS = 24;
const MAX_HOST_CHARS = 48;

const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
const FONTS: readonly ReaderFont[] = ['sans', 'serif', 'kai'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hostList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const ok = (h: unknown): h is string => typeof h === 'string' && h.length <= MAX_HOST_CHARS && /^[a-z0-9.-]+$/i.test(h);
  return [...new Set(v.filter(ok).map((h) => h.toLowerCase()))].slice(0, MAX_HOSTS);
}

function num(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

function pick<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

/** The folder pattern must keep images apart per post, so it has to name the post. */
function folderPattern(v: unknown): string {
  if (typeof v !== 'string') return DEFAULT_SETTINGS.images.folderPattern;
  const p = v.trim().slice(0, 64);
  const safe = !/(^|[\\/])\.\.?([\\/]|$)|^[\\/]|^[a-z]:/i.test(p);
  return safe && /\{(name|title|docid)\}/.test(p) ? p : DEFAULT_SETTINGS.images.folderPattern;
}

function images(v: unknown): ImageSettings {
  const r = isRecord(v) ? v : {};
  return { mode: r.mode === 'local' ? 'local' : 'remote', folderPattern: folderPattern(r.folderPattern) };
}

/** The two host lists the live cleaners read (lib/page/settings-lite.ts). */
export type HostLists = Pick<Settings, 'cleanDisabledHosts' | 'autoReaderHosts'>;

/**
 * normalizeSettings' two host lists alone: the content scripts read only these, and the rest of
 * the normalisation (presets, images, reader) would cost sina.js about 2 KB of its 20 KB budget.
 */
export function normalizeHostLists(input: unknown): HostLists {
  const raw = isRecord(input) ? migrateSettings(input) : {};
  return { cleanDisabledHosts: hostList(raw.cleanDisabledHosts), autoReaderHosts: hostList(raw.autoReaderHosts) };
}

/** Any stored value (older, corrupt, imported) → valid Settings. Never throws. */
export function normalizeSettings(input: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  if (!isRecord(input)) return structuredClone(d);
  const raw = migrateSettings(input);
  const r = isRecord(raw.reader) ? raw.reader : {};
  return {
    version: SETTINGS_VERSION,
    cleanDisabledHosts: hostList(raw.cleanDisabledHosts),
    autoReaderHosts: hostList(raw.autoReaderHosts),
    listedHosts: hostList(raw.listedHosts),
    reader: {
      theme: pick(r.theme, THEMES, d.reader.theme),
      font: pick(r.font, FONTS, d.reader.font),
      fontSize: num(r.fontSize, d.reader.fontSize, 12, 32),
      lineHeight: num(r.lineHeight, d.reader.lineHeight, 1.2, 2.6),
      width: num(r.width, d.reader.width, 20, 60),
    },
    defaultPreset:
      typeof raw.defaultPreset === 'string' && /^[a-z0-9-]{1,24}$/.test(raw.defaultPreset) ? raw.defaultPreset : d.defaultPreset,
    presets: normalizePresets(raw.presets),
    images: images(raw.images),
  };
}

export function isCleaningOn(s: HostLists, host: string): boolean {
  return !s.cleanDisabledHosts.includes(host.toLowerCase());
}

export function isAutoReaderOn(s: HostLists, host: string): boolean {
  return s.autoReaderHosts.includes(host.toLowerCase());
}

/** Adds or removes `host` from a host list, returning a new list. */
export function toggleHost(list: string[], host: string, on: boolean): string[] {
  const h = host.toLowerCase();
  const rest = list.filter((x) => x !== h);
  return on ? [...rest, h] : rest;
}

/** Size storage.sync counts for an item: key plus JSON value, in UTF-8 bytes (the conservative reading). */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox applies the same figure). */
export const SYNC_ITEM_QUOTA = 8192;
