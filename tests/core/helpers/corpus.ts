/**
 * Reading the shared corpus (../shared/corpus, never copied into the repo) and parsing pages
 * with each DOM library the product meets: happy-dom (vitest env), jsdom, linkedom.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { CORPUS_PAGES as PAGES } from '../../../support/corpus-paths';

export { CORPUS, CORPUS_PAGES as PAGES, CORPUS_POSTS as POSTS, hasCorpus } from '../../../support/corpus-paths';

/** The page's text, decoded by its declared charset (the CWCED pages are GB2312 bytes). */
export function readPage(name: string): string {
  const buf = fs.readFileSync(path.join(PAGES, name));
  const head = buf.subarray(0, 2048).toString('latin1');
  const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  return iconv.decode(buf, /gb2312|gbk|gb18030/.test(charset) ? 'gb18030' : 'utf-8');
}

export function listPages(filter: (name: string) => boolean = () => true): string[] {
  return fs.readdirSync(PAGES).filter((f) => f.endsWith('.html') && filter(f)).sort();
}

export type DomKind = 'happy-dom' | 'jsdom' | 'linkedom';

export function parse(html: string, kind: DomKind = 'happy-dom'): Document {
  if (kind === 'linkedom') return parseHTML(html).document as unknown as Document;
  if (kind === 'jsdom') return new JSDOM(html).window.document;
  const win = new Window();
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function loadPage(name: string, kind: DomKind = 'happy-dom'): Document {
  return parse(readPage(name), kind);
}

/** Text with every kind of whitespace removed: for "does this paragraph appear" checks. */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u3000\u00a0\u200b]+/g, '');
}

/** Text of an HTML string (parsed by linkedom so any test environment works). */
export function htmlText(html: string): string {
  return parseHTML(`<!doctype html><html><body><div id="x">${html}</div></body></html>`).document.getElementById('x')?.textContent ?? '';
}

export function htmlDoc(html: string): Document {
  return parseHTML(`<!doctype html><html><body><div id="x">${html}</div></body></html>`).document as unknown as Document;
}

export const passThrough = (h: string): string => h;

const cache = new Map<string, Document>();

/** A parsed page shared by read-only tests (extraction never mutates: tests/core/invariants proves it). */
export function loadPageShared(name: string, kind: DomKind = 'happy-dom'): Document {
  const key = `${kind}:${name}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = loadPage(name, kind);
    cache.set(key, doc);
  }
  return doc;
}
