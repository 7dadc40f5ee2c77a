/**
 * Front matter: built as an ordered object from the article and the options, written by the
 * `yaml` library (never by string concatenation), so any title survives a round trip. How it is
 * quoted is utils/front-matter-yaml.ts, shared with repair.
 */
import { stringifyFrontMatterEntries } from '../front-matter-yaml';
import type { Article } from '../model';
import type { DateFormat, ExportOptions, ExtraKey } from './options';
import type { ExportFormat } from './presets';
import { cleanList, cleanText } from './text';

export type FrontMatterValue = string | boolean | string[];
export type FrontMatterFields = Record<string, FrontMatterValue>;

/** `Mon, 25 Jul 2022 14:31:46 GMT` or `2022-07-25T14:31:46Z`; '' for a missing/invalid date. */
export function formatDate(iso: string | undefined, format: DateFormat): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms);
  return format === 'rfc1123' ? d.toUTCString() : d.toISOString().replace('.000Z', 'Z');
}

function extraValue(article: Article, key: ExtraKey, format: DateFormat): FrontMatterValue | undefined {
  switch (key) {
    case 'tags':
      return cleanList(article.tags);
    case 'link':
      return cleanText(article.url) || undefined;
    case 'source':
      return cleanText(article.source ?? '') || undefined;
    case 'original_title':
      return cleanText(article.originalTitle ?? '') || undefined;
    case 'editor':
      return cleanText(article.editor ?? '') || undefined;
    case 'updated':
      return formatDate(article.updated, format) || undefined;
  }
}

/** Only an absolute http(s) URL is an image address worth writing. */
function httpUrl(url: string | undefined): string {
  const u = url?.trim() ?? '';
  return /^https?:\/\/[^\s]+$/i.test(u) ? u : '';
}

/**
 * The seed's keys in the seed's order (title, categories, headimg, author, comments, date,
 * thumbnail), then the switched-on extras. No lead image → no headimg/thumbnail (never a wrong
 * picture); no date → no date (Hexo then uses the file's time). `comments` is Hexo-only.
 */
export function buildFrontMatter(article: Article, opts: ExportOptions, format: ExportFormat): FrontMatterFields {
  const fm: FrontMatterFields = { title: cleanText(article.title) };
  fm.categories = cleanList([...opts.categories, ...(opts.articleCategories ? article.categories : [])]);
  const image = httpUrl(article.leadImage);
  if (image) fm.headimg = image;
  const author = cleanText(opts.author);
  if (author) fm.author = author;
  if (format === 'hexo') fm.comments = false;
  const date = formatDate(article.published, opts.dateFormat);
  if (date) fm.date = date;
  if (image) fm.thumbnail = image;
  for (const key of opts.extraKeys) {
    const v = extraValue(article, key, opts.dateFormat);
    if (v !== undefined) fm[key] = v;
  }
  return fm;
}

/** `---\n<yaml>---\n`, written by the one front matter rule of utils/front-matter-yaml.ts. */
export function stringifyFrontMatter(fm: FrontMatterFields): string {
  return `---\n${stringifyFrontMatterEntries(fm)}---\n`;
}
