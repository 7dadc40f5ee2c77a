/**
 * Export presets as DATA, so the options page can list them, show their labels
 * (i18n keys in locales/*.yml) and let the user override each option; `normalizeExportOptions`
 * turns whatever storage holds into valid options without throwing.
 */

/**
 * Front-matter keys that are off in the seed's shape and can be switched on. `updated`: the
 * page's later `article:published_time` when it disagrees with the visible time (utils/published-time.ts).
 */
export type ExtraKey = 'tags' | 'link' | 'source' | 'original_title' | 'editor' | 'updated';
export const EXTRA_KEYS: readonly ExtraKey[] = ['tags', 'link', 'source', 'original_title', 'editor', 'updated'];

/** `rfc1123`: `Mon, 25 Jul 2022 14:31:46 GMT` (the seed); `iso`: `2022-07-25T14:31:46Z`. */
export type DateFormat = 'rfc1123' | 'iso';
export const DATE_FORMATS: readonly DateFormat[] = ['rfc1123', 'iso'];

/** i18n keys (locales/*.yml) naming each extra key and date format on the options page. */
export const EXTRA_KEY_LABELS: Readonly<Record<ExtraKey, string>> = {
  tags: 'options.extra.tags',
  link: 'options.extra.link',
  source: 'options.extra.source',
  original_title: 'options.extra.originalTitle',
  editor: 'options.extra.editor',
  updated: 'options.extra.updated',
};
export const DATE_FORMAT_LABELS: Readonly<Record<DateFormat, string>> = {
  rfc1123: 'options.export.dateRfc',
  iso: 'options.export.dateIso',
};

/** File-name pattern tokens (see ExportOptions.filenamePattern). */
export const FILENAME_TOKENS = ['{title}', '{date}', '{docid}', '{source}'] as const;

export type PresetId = 'hexo' | 'hexo-full' | 'markdown' | 'html';
export type ExportFormat = 'hexo' | 'markdown' | 'html';

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

export interface ExportPreset {
  id: PresetId;
  format: ExportFormat;
  /** i18n key (locales/*.yml, `options.preset.*`) for the options page and the popup. */
  labelKey: string;
  extension: string;
  mime: string;
  defaults: ExportOptions;
  /** The options that change this preset's output (the options page shows only these). */
  configurable: readonly (keyof ExportOptions)[];
}

/** The archive's shape (../shared/seed/seed-post.md). */
const ARCHIVE: ExportOptions = {
  categories: ['金融', '新浪财经'],
  articleCategories: true,
  author: '新浪财经',
  extraKeys: [],
  dateFormat: 'rfc1123',
  filenamePattern: '{title}',
};

const ALL_OPTIONS = ['categories', 'articleCategories', 'author', 'extraKeys', 'dateFormat', 'filenamePattern'] as const;

export const PRESETS: readonly ExportPreset[] = [
  {
    id: 'hexo', format: 'hexo', labelKey: 'options.preset.hexo',
    extension: 'md', mime: 'text/markdown;charset=utf-8', defaults: ARCHIVE, configurable: ALL_OPTIONS,
  },
  {
    id: 'hexo-full', format: 'hexo', labelKey: 'options.preset.hexoFull',
    extension: 'md', mime: 'text/markdown;charset=utf-8',
    defaults: { ...ARCHIVE, extraKeys: ['tags', 'link', 'source', 'original_title', 'editor'] },
    configurable: ALL_OPTIONS,
  },
  {
    id: 'markdown', format: 'markdown', labelKey: 'options.preset.markdown',
    extension: 'md', mime: 'text/markdown;charset=utf-8',
    defaults: { ...ARCHIVE, extraKeys: ['tags', 'link', 'source'], dateFormat: 'iso' },
    configurable: ALL_OPTIONS,
  },
  {
    id: 'html', format: 'html', labelKey: 'options.preset.html',
    extension: 'html', mime: 'text/html;charset=utf-8',
    defaults: { ...ARCHIVE, dateFormat: 'iso' },
    configurable: ['filenamePattern'],
  },
];

export const DEFAULT_PRESET_ID: PresetId = 'hexo';

export function getPreset(id: string): ExportPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
}

/** Stored/imported overrides (any shape) merged over the preset's defaults. Never throws. */
export function normalizeExportOptions(raw: unknown, preset: ExportPreset): ExportOptions {
  const d = preset.defaults;
  if (typeof raw !== 'object' || raw === null) return { ...d, categories: [...d.categories], extraKeys: [...d.extraKeys] };
  const r = raw as Record<string, unknown>;
  const extras = stringList(r.extraKeys);
  return {
    categories: stringList(r.categories) ?? [...d.categories],
    articleCategories: typeof r.articleCategories === 'boolean' ? r.articleCategories : d.articleCategories,
    author: typeof r.author === 'string' ? r.author : d.author,
    extraKeys: extras ? EXTRA_KEYS.filter((k) => extras.includes(k)) : [...d.extraKeys],
    dateFormat: DATE_FORMATS.includes(r.dateFormat as DateFormat) ? (r.dateFormat as DateFormat) : d.dateFormat,
    filenamePattern: typeof r.filenamePattern === 'string' && r.filenamePattern.trim() ? r.filenamePattern : d.filenamePattern,
  };
}
