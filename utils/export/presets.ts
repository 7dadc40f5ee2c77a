/**
 * Export presets as DATA, so the options page can list them, show their labels
 * (i18n keys in locales/*.yml) and let the user override each option; `normalizeExportOptions`
 * turns whatever storage holds into valid options without throwing.
 */
import { readExportOptions, type DateFormat, type ExportOptions, type ExtraKey } from './options';

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

export type PresetId = 'hexo' | 'hexo-full' | 'markdown' | 'html';
export type ExportFormat = 'hexo' | 'markdown' | 'html';

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

/** Stored/imported overrides (any shape) merged over the preset's defaults. Never throws. */
export function normalizeExportOptions(raw: unknown, preset: ExportPreset): ExportOptions {
  const d = preset.defaults;
  return { ...d, categories: [...d.categories], extraKeys: [...d.extraKeys], ...readExportOptions(raw) };
}
