/**
 * What a Markdown renderer makes of an exported post, and what in it could run (not a test file).
 * marked is the renderer Hexo uses (hexo-renderer-marked: gfm, breaks); like markdown-it with
 * `html: true` it passes raw HTML through, so whatever reads as a tag in the file becomes one.
 */
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { expect } from 'vitest';
import { splitPost } from './helpers';

export interface Renderer {
  name: string;
  marked: Marked;
  /** GFM tables: only then does a rendered table read as the page's table. */
  gfm: boolean;
}

export const RENDERERS: Renderer[] = [
  { name: 'marked', marked: new Marked(), gfm: true },
  { name: 'marked as Hexo sets it (breaks)', marked: new Marked({ gfm: true, breaks: true }), gfm: true },
  { name: 'marked pedantic (Markdown.pl rules)', marked: new Marked({ gfm: false, pedantic: true }), gfm: false },
];

export function render(markdown: string, r: Renderer): Document {
  const html = r.marked.parse(markdown, { async: false });
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
}

export function htmlDocument(html: string): Document {
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
}

/** Elements that run script, load a frame or another document, or restyle the page. */
const ACTIVE = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base', 'meta',
  'link', 'form', 'style', 'template', 'portal',
]);
const ACTIVE_ATTR = /^(on|srcdoc$|formaction$)/i;
const SCRIPT_URL = /^(javascript|vbscript|data):/i;

/** Every element or attribute in `doc` that could run script or load a frame, as readable lines. */
export function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (ACTIVE.has(el.localName)) found.push(`<${el.localName}>`);
    for (const a of Array.from(el.attributes)) {
      // eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
      const value = a.value.replace(/[\u0000-\u0020\u007f]/g, '');
      if (ACTIVE_ATTR.test(a.name) || SCRIPT_URL.test(value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
  }
  return found;
}

const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'td', 'th', 'tr', 'table', 'caption', 'thead', 'tbody', 'blockquote',
  'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'img',
]);

/**
 * The words a reader sees, in order: text with every run of whitespace (U+3000 and NBSP too) one
 * space, and a space at each block edge, so `a js2` and `ajs2` differ but a table written as a
 * GFM table reads like the page's. Sina's caption `<span class="img_descr">` gets its own line in
 * Markdown, so it counts as an edge too.
 */
export function words(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const edge = node.nodeType === 1 && (BLOCKS.has(el.localName) || el.classList.contains('img_descr'));
    if (edge) parts.push(' ');
    node.childNodes.forEach(walk);
    if (edge) parts.push(' ');
  };
  walk(root);
  return parts.join('').split(/\s+/).filter(Boolean).join(' ');
}

/** Where Hexo's Nunjucks, Jekyll's Liquid or Hugo's shortcodes would start reading a tag. */
export function templateDelimiters(text: string): string[] {
  return text.match(/.{0,20}\{[{%#].{0,20}/g) ?? [];
}

/** GFM's autolink: an http(s) URL in the text, linked to itself (shows the same text). */
const isAutolink = (a: Element): boolean => /^https?:\/\//.test(a.textContent ?? '') && a.getAttribute('href') === a.textContent;

/** Links and pictures as markup, not GFM's autolinks of URLs written in the text. */
function markupCount(doc: Document, tag: 'a' | 'img'): number {
  return Array.from(doc.querySelectorAll(tag)).filter((el) => !isAutolink(el)).length;
}

/**
 * What every `.md` export of a page must satisfy, whichever way the article came: no active
 * content after any renderer, the page's links and pictures and no more, the page's words (where
 * the renderer reads GFM tables), no template tag.
 */
export function checkExport(content: string, source: Document): void {
  const { body } = splitPost(content);
  for (const r of RENDERERS) {
    const doc = render(body, r);
    expect(activeContent(doc), r.name).toEqual([]);
    for (const tag of ['a', 'img'] as const) {
      expect(markupCount(doc, tag), `${r.name}: <${tag}>`).toBe(source.querySelectorAll(tag).length);
    }
    if (r.gfm) expect(words(doc.body), r.name).toBe(words(source.body));
  }
  expect(templateDelimiters(body)).toEqual([]);
}
