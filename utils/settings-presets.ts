/**
 * Per-preset export choices the user made on the options page (pure). Only what the user changed
 * is stored: an absent field means "the exporter's own default" (utils/export), so a user who never
 * opens the options page gets exactly what `sina-clean` prints, and storage.sync stays small.
 */

/** Front-matter keys a preset can add beyond the seed's (`link`, `source`, …). */
export const EXTRA_KEYS = ['tags', 'link', 'source', 'original_title', 'editor', 'updated'] as const;
export type ExtraKey = (typeof EXTRA_KEYS)[number];

/** `rfc1123`: the seed's `Mon, 25 Jul 2022 14:31:46 GMT`; `iso`: `2022-07-25T14:31:46.000Z` (Hugo, Jekyll, Obsidian). */
export const DATE_FORMATS = ['rfc1123', 'iso'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export interface PresetOverrides {
  /** Categories written before the article's own channel (the seed: `金融`, `新浪财经`). */
  categories?: string[];
  /** Append the article's own channel categories after `categories`. */
  articleCategories?: boolean;
  author?: string;
  extraKeys?: ExtraKey[];
  dateFormat?: DateFormat;
  /** File-name pattern with `{title}`, `{date}`, `{docid}`. */
  filenamePattern?: string;
}

/** Limits chosen so the whole settings object stays far below storage.sync's 8 KB per item. */
export const PRESET_LIMITS = { presets: 8, categories: 6, categoryChars: 24, authorChars: 32, patternChars: 64 };

export const PATTERN_VARS = ['{title}', '{date}', '{docid}', '{source}'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text field: control characters dropped, trimmed, capped in characters (not UTF-16 units). */
export function cleanText(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const t = v.replace(/[\u0000-\u001f\u007f\u2028\u2029\ufeff]/g, '').trim();
  return [...t].slice(0, max).join('');
}

function categoryList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const L = PRESET_LIMITS;
  const out = v.map((c) => cleanText(c, L.categoryChars)).filter((c): c is string => !!c);
  return [...new Set(out)].slice(0, L.categories);
}

/** A pattern must name at least one variable, or every post would get the same file name. */
function pattern(v: unknown): string | undefined {
  const p = cleanText(v, PRESET_LIMITS.patternChars);
  return p && PATTERN_VARS.some((x) => p.includes(x)) ? p : undefined;
}

export function normalizePresetOverrides(raw: unknown): PresetOverrides {
  if (!isRecord(raw)) return {};
  const out: PresetOverrides = {};
  const categories = categoryList(raw.categories);
  if (categories) out.categories = categories;
  if (typeof raw.articleCategories === 'boolean') out.articleCategories = raw.articleCategories;
  const author = cleanText(raw.author, PRESET_LIMITS.authorChars);
  if (author !== undefined) out.author = author;
  if (Array.isArray(raw.extraKeys)) {
    out.extraKeys = EXTRA_KEYS.filter((k) => (raw.extraKeys as unknown[]).includes(k));
  }
  if ((DATE_FORMATS as readonly unknown[]).includes(raw.dateFormat)) out.dateFormat = raw.dateFormat as DateFormat;
  const p = pattern(raw.filenamePattern);
  if (p) out.filenamePattern = p;
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
