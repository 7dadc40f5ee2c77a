/**
 * Export entry point: `exportArticle(article, presetId, options)` → one file (name, content,
 * MIME type). Pure: no browser APIs, so the popup, the reader and the command line share it.
 */
import type { Article } from '../model';
import { safeFilename } from './filename';
import { exportHexo } from './hexo';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';
import { FILENAME_TOKENS, type ExportOptions } from './options';
import { DEFAULT_PRESET_ID, getPreset, normalizeExportOptions, type ExportPreset } from './presets';
import { beijingDate, cleanText } from './text';

export { EXTRA_KEYS, DATE_FORMATS, FILENAME_TOKENS, readExportOptions } from './options';
export type { ExportOptions, ExtraKey, DateFormat } from './options';
export { PRESETS, DEFAULT_PRESET_ID, EXTRA_KEY_LABELS, DATE_FORMAT_LABELS, getPreset, normalizeExportOptions } from './presets';
export type { ExportPreset, PresetId, ExportFormat } from './presets';
export { safeFilename } from './filename';

export interface ExportFile {
  filename: string;
  content: string;
  mime: string;
}

const TOKEN = new RegExp(FILENAME_TOKENS.map((t) => t.replace(/[{}]/g, '\\$&')).join('|'), 'g');

/** Expand `{title}`, `{date}` (YYYY-MM-DD Beijing), `{docid}`, `{source}`; tidy what empty tokens leave. */
export function expandFilenamePattern(pattern: string, article: Article): string {
  const values: Record<(typeof FILENAME_TOKENS)[number], string> = {
    '{title}': cleanText(article.title),
    '{date}': beijingDate(article.published),
    '{docid}': cleanText(article.docId ?? ''),
    '{source}': cleanText(article.source ?? ''),
  };
  return pattern
    .replace(TOKEN, (token) => values[token as keyof typeof values])
    .replace(/^[\s_-]+|[\s_-]+$/g, '')
    .replace(/([\s_-])[\s_-]+/g, '$1');
}

/**
 * A page the Sina rules did not handle (another site's rules, or the Readability fallback) is not
 * a 新浪财经 post: unless the caller set them, categories and author come from the page itself.
 */
function fallbackDefaults(article: Article, given: Partial<ExportOptions>): Partial<ExportOptions> {
  if (article.template.startsWith('sina-')) return given;
  let host: string;
  try {
    host = new URL(article.url).hostname;
  } catch {
    host = '';
  }
  const siteName = cleanText(article.siteName ?? '');
  const site = siteName || host;
  return {
    categories: site ? [site] : [],
    // A site's name may stand for its staff; a host name is never an author. A site the rules know
    // (utils/sites/<site>.ts) writes its name, as the seed writes 新浪财经 whatever the byline.
    author: article.template === 'readability' ? cleanText(article.author ?? '') || siteName : siteName,
    ...given,
  };
}

/** An unknown id (e.g. a preset removed since the user's settings were saved) means the archive preset. */
function resolvePreset(presetId: string): ExportPreset {
  const preset = getPreset(presetId) ?? getPreset(DEFAULT_PRESET_ID);
  if (!preset) throw new Error(`unknown export preset: ${presetId}`);
  return preset;
}

/**
 * One article → one file. `options` are the user's overrides (utils/settings-presets.ts stores
 * them per preset) over the preset's defaults; `article.html` must already be sanitized.
 */
export function exportArticle(article: Article, presetId: string, options: Partial<ExportOptions> = {}): ExportFile {
  const preset = resolvePreset(presetId);
  const opts = normalizeExportOptions({ ...preset.defaults, ...fallbackDefaults(article, options) }, preset);
  const content =
    preset.format === 'html' ? exportHtml(article) : preset.format === 'markdown' ? exportMarkdown(article, opts) : exportHexo(article, opts);
  const filename = safeFilename(expandFilenamePattern(opts.filenamePattern, article), preset.extension);
  return { filename, content, mime: preset.mime };
}
