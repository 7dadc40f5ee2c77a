/**
 * Front matter: built as an ordered object from the article and the options, written by the
 * `yaml` library (never by string concatenation), so any title survives a round trip.
 *
 * Quoting: Hexo reads front matter with js-yaml (YAML 1.1 rules: `yes`, `No`, `2022-07-25` are
 * booleans/dates there) while `yaml` defaults to YAML 1.2 (`0o17` is a number there). A string is
 * quoted when EITHER version would read its plain form as something else, so `yaml` (1.1 or 1.2)
 * and js-yaml all give back the same string. `title`, `headimg` and `thumbnail` are single-quoted
 * like the seed (yaml falls back to double quotes when a value cannot be single-quoted).
 */
import { Document, isScalar, stringify } from 'yaml';
import type { Article } from '../model';
import type { DateFormat, ExportOptions, ExtraKey } from './options';
import type { ExportFormat } from './presets';
import { cleanList, cleanText } from './text';

export type FrontMatterValue = string | boolean | string[];
export type FrontMatterFields = Record<string, FrontMatterValue>;

/** Keys written in single quotes like ../shared/seed/seed-post.md does. */
const SEED_QUOTED = new Set(['title', 'headimg', 'thumbnail']);

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

/** Would a YAML 1.1 or 1.2 reader take this string, written plain, for something else? */
function needsQuotes(value: string): boolean {
  const plain12 = stringify(value, { lineWidth: 0 });
  const plain11 = stringify(value, { version: '1.1', lineWidth: 0 });
  const quoted = (s: string) => /^["']/.test(s);
  return quoted(plain12) || quoted(plain11);
}

function setQuoting(doc: Document, key: string, value: FrontMatterValue): void {
  if (typeof value === 'boolean') return;
  if (typeof value === 'string') {
    const node = doc.get(key, true);
    if (!isScalar(node)) return;
    if (SEED_QUOTED.has(key)) node.type = 'QUOTE_SINGLE';
    else if (needsQuotes(value)) node.type = 'QUOTE_DOUBLE';
    return;
  }
  value.forEach((item, i) => {
    const node = doc.getIn([key, i], true);
    if (isScalar(node) && needsQuotes(item)) node.type = 'QUOTE_DOUBLE';
  });
}

/** `---\n<yaml>---\n`: block lists indented one space like the seed, no line folding. */
export function stringifyFrontMatter(fm: FrontMatterFields): string {
  const doc = new Document(fm);
  for (const [key, value] of Object.entries(fm)) setQuoting(doc, key, value);
  return `---\n${doc.toString({ indent: 1, lineWidth: 0, minContentWidth: 0 })}---\n`;
}
