/** Reading repaired posts back for the repair tests: front matter via `yaml`, body via linkedom. */
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';

export interface ReadPost {
  fm: Record<string, unknown>;
  body: string;
}

/** Strict read (the `yaml` parser Hexo-style): throws when the front matter does not parse. */
export function readPost(text: string): ReadPost {
  const m = /^\n?---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  return { fm: parse(m[1] ?? '') as Record<string, unknown>, body: m[2] ?? '' };
}

export function bodyRoot(body: string): Element {
  return parseHTML(`<!DOCTYPE html><html><body><div id="root">${body}</div></body></html>`).document.querySelector('#root') as unknown as Element;
}

/** Text with every kind of space removed: cleaning may tidy whitespace, never words. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0\u200b]+/g, '');

/** Promo/junk blocks of the archive (see ../shared/corpus/posts/SOURCES.md), judged by the test itself. */
const JUNK_BLOCKS = '.appendQr_wrap, .app-kaihu-qr, [class*=kaihu], p.article-editor, style, script, blockquote';
const JUNK_TEXT = /^(责任编辑|海量资讯|炒股就看|股民福利|炒股开户)/;

/** The article's paragraphs of an ORIGINAL archived body (junk excluded), squashed. */
export function articleParagraphs(body: string): string[] {
  const root = bodyRoot(body);
  return [...root.querySelectorAll('p')]
    .filter((p) => !p.closest(JUNK_BLOCKS))
    .map((p) => squash(p.textContent))
    .filter((t) => t.length > 0 && !JUNK_TEXT.test(t));
}

/** Absolute https image URLs of a body outside junk blocks. */
export function articleImages(body: string): string[] {
  const root = bodyRoot(body);
  return [...root.querySelectorAll('img')]
    .filter((img) => !img.closest(JUNK_BLOCKS))
    .map((img) => img.getAttribute('src') ?? '')
    .filter((src) => src && !src.startsWith('data:'))
    .map((src) => new URL(src, 'https://finance.sina.com.cn/').href.replace(/^http:/, 'https:'));
}
