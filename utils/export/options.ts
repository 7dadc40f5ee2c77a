/**
 * The one schema of an export's options: the extra front-matter keys, the date formats, the
 * file-name tokens, the option fields and which values each accepts. The presets
 * (utils/export/presets.ts) give defaults; the stored overrides (utils/settings-presets.ts) add
 * storage limits on top. Kept free of the preset table so the content script's settings code
 * bundles only this.
 */

/**
 * Front-matter keys that are off in the seed's shape and can be switched on. `updated`: the
 * page's later `article:published_time` when it disagrees with the visible time (utils/published-time.ts).
 */
export const EXTRA_KEYS = ['tags', 'link', 'source', 'original_title', 'editor', 'updated'] as const;
export type ExtraKey = (typeof EXTRA_KEYS)[number];

/** `rfc1123`: `Mon, 25 Jul 2022 14:31:46 GMT` (the seed); `iso`: `2022-07-25T14:31:46Z` (Hugo, Jekyll, Obsidian). */
export const DATE_FORMATS = ['rfc1123', 'iso'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** File-name pattern tokens (see ExportOptions.filenamePattern). */
export const FILENAME_TOKENS = ['{title}', '{date}', '{docid}', '{source}'] as const;

export interface ExportOptions {
  /** Categories written first, e.g. the archive's `['金融', '新浪财经']`. */
  categories: string[];
  /** Append the article's own channel categories (e.g. `新浪财经－国內`) after `categories`. */
  articleCategories: boolean;
  /** The `author` value. The seed writes the site, `新浪财经`, not the byline. */
  author: string;
  /** Extra front-matter keys, written after the seed's keys in EXTRA_KEYS order. */
  extraKeys: ExtraKey[];
  dateFormat: DateFormat;
  /**
   * File name without extension. Tokens: `{title}`, `{date}` (YYYY-MM-DD, Beijing time),
   * `{docid}`, `{source}`. Unknown tokens stay literal; the result goes through safeFilename.
   */
  filenamePattern: string;
}

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
}

/**
 * Each field of `raw` (any shape) that holds a valid value for it, the others left out. The
 * presets merge this over their defaults; utils/settings-presets.ts adds storage limits on top.
 */
export function readExportOptions(raw: unknown): Partial<ExportOptions> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<ExportOptions> = {};
  const categories = stringList(r.categories);
  if (categories) out.categories = categories;
  if (typeof r.articleCategories === 'boolean') out.articleCategories = r.articleCategories;
  if (typeof r.author === 'string') out.author = r.author;
  const extras = stringList(r.extraKeys);
  if (extras) out.extraKeys = EXTRA_KEYS.filter((k) => extras.includes(k));
  if ((DATE_FORMATS as readonly unknown[]).includes(r.dateFormat)) out.dateFormat = r.dateFormat as DateFormat;
  if (typeof r.filenamePattern === 'string' && r.filenamePattern.trim()) out.filenamePattern = r.filenamePattern;
  return out;
}
