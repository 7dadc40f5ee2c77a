/**
 * One saved page → one export (the in-process convert path, also timed by scripts/bench.ts):
 * bytes → one streaming pass that counts the page and copies out only what Sina extraction reads
 * (cli/article-pass.ts) → linkedom document of that copy → extractArticle; the whole page is
 * parsed only when that finds no Sina article (Sina rules again, then Readability on a jsdom parse
 * for other pages) → exportArticle or the JSON model. A UTF-8 or GBK page is not decoded first:
 * the pass reads its bytes as Latin-1 and decodes only the copy (cli/byte-source.ts); the whole
 * text is decoded when the whole page is read. Failures are CliErrors with a one-line reason.
 */
import { extractArticle } from '../utils/extract';
import { exportArticle, safeFilename } from '../utils/export/index';
import type { ExtractResult } from '../utils/model';
import type { Format } from './args';
import { articleJson } from './article-json';
import { decodeHtml, looksBinary } from './decode';
import { closeParsed, parseDocument } from './dom';
import { CliError, NoArticleError, oneLine } from './errors';
import { MAX_FALLBACK_ELEMENTS, MAX_PAGE_BYTES, PageLimitError, FIRST_PASS_LIMITS, tooManyBytes } from './page-limits';
import { createArticlePass } from './article-pass';
import { ARTICLE_ROOTS, READ_OUTSIDE_ROOT } from './article-reads';
import { byteSource, NotByteSafe, type ByteSource } from './byte-source';

export interface ConvertOptions {
  format: Format;
  json: boolean;
  url?: string;
  /** A spec-compliant parse of the page for the Readability fallback (cli/dom.ts jsdomParse). */
  reparse?: (html: string) => Document;
}

export interface Converted {
  filename: string;
  content: string;
}

function checkBytes(buf: Uint8Array): void {
  if (buf.byteLength === 0) throw new NoArticleError('empty file, no article');
  if (buf.byteLength > MAX_PAGE_BYTES) throw tooManyBytes();
  // Not a page at all (a picture, an archive given by mistake): an error of the input, not a page
  // without an article, so exit 1 like any other unreadable input.
  if (looksBinary(buf)) throw new CliError('binary data, not an HTML page');
}

/** Bytes of a saved page → text, or why it is not a page at all. */
export function pageText(buf: Uint8Array): string {
  checkBytes(buf);
  const { text } = decodeHtml(buf);
  if (text.trim() === '') throw new NoArticleError('empty page, no article');
  if (!text.includes('<')) throw new NoArticleError('not an HTML page (no markup)');
  return text;
}

const firstPass = createArticlePass(READ_OUTSIDE_ROOT, ARTICLE_ROOTS, FIRST_PASS_LIMITS);

function read(doc: Document, opts: ConvertOptions, fallback: boolean): ExtractResult {
  return extractArticle(doc, { url: opts.url, fallback });
}

/**
 * A Sina article read from the first pass's copy of the page (cli/article-pass.ts), or undefined:
 * then the whole page is read, so the copy never changes an outcome.
 */
function extractReduced(reduced: string | undefined, opts: ConvertOptions): ExtractResult | undefined {
  if (reduced === undefined) return undefined;
  const res = read(parseDocument(reduced), opts, false);
  return res.ok ? res : undefined;
}

/**
 * A page's text → its article. The first pass also counts the page and refuses it, before any
 * DOM, when over a limit.
 */
export function extractPage(text: string, opts: ConvertOptions): ExtractResult {
  const { html, elements } = firstPass(text);
  return extractReduced(html, opts) ?? wholePage(text, elements, opts);
}

/**
 * extractPage on the page's bytes (cli/byte-source.ts): the first pass reads them as Latin-1 and
 * decodes only its copy; the whole page is decoded when the copy cannot be used. A page the
 * Latin-1 view cannot stand for, or over a limit there, takes extractPage on the decoded text, so
 * it is refused or read exactly as before.
 */
function extractBytes(buf: Uint8Array, src: ByteSource, opts: ConvertOptions): ExtractResult {
  let pass;
  try {
    pass = firstPass(src.latin1, src);
  } catch (err) {
    if (err instanceof NotByteSafe || err instanceof PageLimitError) return extractPage(pageText(buf), opts);
    throw err;
  }
  return extractReduced(pass.html, opts) ?? wholePage(pageText(buf), pass.elements, opts);
}

/** The whole page read: Sina rules on linkedom, then the generic reader for other pages. */
function wholePage(text: string, elements: number, opts: ConvertOptions): ExtractResult {
  const doc = parseDocument(text);
  const res = read(doc, opts, false);
  if (res.ok || res.reason !== 'unsupported') return res;
  if (elements > MAX_FALLBACK_ELEMENTS) {
    throw new PageLimitError(`not a Sina article and more than ${MAX_FALLBACK_ELEMENTS.toLocaleString('en')} elements, the limit for the generic reader`);
  }
  // Not a Sina template: Readability, once, on jsdom's spec parse when there is one (on linkedom it
  // lost the title of the GB2312-era pages; running it on both doubled the cost of such pages).
  const spec = opts.reparse?.(text);
  try {
    return read(spec ?? doc, opts, true);
  } finally {
    if (spec) closeParsed(spec);
  }
}

/** A page's bytes → its article; with markup (a `<`) and a UTF-8 or GBK page, decoding only what is kept. */
export function pageArticle(buf: Uint8Array, opts: ConvertOptions): ExtractResult {
  checkBytes(buf);
  const src = byteSource(buf);
  // A `<` byte is a `<` once decoded, so the page is neither blank nor without markup.
  if (src?.latin1.includes('<')) return extractBytes(buf, src, opts);
  return extractPage(pageText(buf), opts);
}

export function convertPage(buf: Uint8Array, opts: ConvertOptions): Converted {
  const res = pageArticle(buf, opts);
  if (!res.ok) throw new NoArticleError(oneLine(res.message || res.reason));
  if (opts.json) {
    return { filename: safeFilename(res.article.title, 'json'), content: articleJson(res.article) };
  }
  const file = exportArticle(res.article, opts.format);
  return { filename: file.filename, content: file.content };
}
