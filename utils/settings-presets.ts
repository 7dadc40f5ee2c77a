/**
 * Per-preset export choices the user made on the options page (pure). Only what the user changed
 * is stored: an absent field means "the exporter's own default" (utils/export), so a user who never
 * opens the options page gets exactly what `sina-clean` prints, and storage.sync stays small.
 * The fields and their valid values are the exporter's (utils/export/presets.ts); this file only
 * adds the limits of storage.
 */
import { FILENAME_TOKENS, readExportOptions, type ExportOptions } from './export/options';

/** The options a user changed for one preset. */
export type PresetOverrides = Partial<ExportOptions>;

/** Limits chosen so the whole settings object stays far below storage.sync's 8 KB per item. */
export const PRESET_LIMITS = { presets: 8, categories: 6, categoryChars: 24, authorChars: 32, patternChars: 64 };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored text field: control characters dropped, trimmed, capped in characters (not UTF-16 units). */
function storedText(v: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
  const t = v.replace(/[\u0000-\u001f\u007f\u2028\u2029\ufeff]/g, '').trim();
  return [...t].slice(0, max).join('');
}

function categoryList(v: string[]): string[] {
  const L = PRESET_LIMITS;
  const out = v.map((c) => storedText(c, L.categoryChars)).filter(Boolean);
  return [...new Set(out)].slice(0, L.categories);
}

/** A pattern must name at least one variable, or every post would get the same file name. */
function pattern(v: string): string | undefined {
  const p = storedText(v, PRESET_LIMITS.patternChars);
  return p && FILENAME_TOKENS.some((x) => p.includes(x)) ? p : undefined;
}

export function normalizePresetOverrides(raw: unknown): PresetOverrides {
  const out = readExportOptions(raw);
  if (out.categories) out.categories = categoryList(out.categories);
  if (out.author !== undefined) out.author = storedText(out.author, PRESET_LIMITS.authorChars);
  if (out.filenamePattern !== undefined) {
    const p = pattern(out.filenamePattern);
    if (p) out.filenamePattern = p;
    else delete out.filenamePattern;
  }
  return out;
}

/** `{ [presetId]: overrides }`, ids restricted to `[a-z0-9-]`, empty entries dropped. */
export function normalizePresets(raw: unknown): Record<string, PresetOverrides> {
  if (!isRecord(raw)) return {};
  const out: Record<string, PresetOverrides> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (!/^[a-z0-9-]{1,24}$/.test(id) || Object.keys(out).length >= PRESET_LIMITS.presets) continue;
    const o = normalizePresetOverrides(v);
    if (Object.keys(o).length) out[id] = o;
  }
  return out;
}
