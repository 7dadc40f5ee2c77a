/**
 * THE one door for page HTML that leaves the product (exports, `repair`, what the reader receives):
 * walk a cleaned tree and write only what utils/html-allowlist.ts allows — allowlisted elements
 * and, per element, allowlisted attributes in one fixed order; absolute http(s) URLs only; every
 * text run and attribute value escaped. Everything else is dropped with its content (scripts,
 * raw-text, embedded and foreign elements) or unwrapped (unknown wrappers keep their text).
 *
 * The model is ammonia (html5ever) and bleach (html5lib): the output holds no markup that was not
 * written here on purpose, so it is safe whatever DOM built the tree (the browser's, linkedom,
 * happy-dom, jsdom) and whatever a parser later makes of it (tests/sanitize/vectors.test.ts).
 * Pure: no window, no parser; the same code in the extension and in the command line, so a file
 * saved by the popup and one written by `sina-clean` are the same bytes.
 */
import { ALLOWED_ELEMENTS, ATTR_ORDER, DROPPED_WITH_CONTENT, SAFE_CLASSES } from './html-allowlist';
import type { AllowedAttr, ElementRule } from './html-allowlist';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const XHTML = 'http://www.w3.org/1999/xhtml';

const TEXT_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTR_ESC: Record<string, string> = { ...TEXT_ESC, '"': '&quot;' };

/** Line ends as a spec parser leaves them (linkedom keeps `\r`; browsers and jsdom make it `\n`). */
const newlines = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** Text as the HTML serializer writes it; NUL is dropped, as a parser drops it from body text. */
export function escapeText(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
  return newlines(s).replace(/[&<>\u00a0]|\u0000/g, (c) => TEXT_ESC[c] ?? '');
}

export function escapeAttr(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
  return newlines(s).replace(/[&<>"\u00a0]|\u0000/g, (c) => ATTR_ESC[c] ?? '\ufffd');
}

/** What browsers ignore or strip inside a URL scheme (`jav&#x09;ascript:`, leading spaces, NUL …). */
// eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
const URL_IGNORED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

/**
 * An absolute http(s) URL, or null. The scheme is read after removing every character a browser
 * may skip (a superset of what it skips), so nothing read here as http(s) is another scheme to a
 * browser. `//host/x` (protocol-relative, common on Sina) becomes `https://host/x`. Relative URLs
 * were resolved against the page by the cleaner (utils/fragment-media.ts, utils/fallback.ts);
 * one still relative here had no page URL to resolve against, and goes.
 */
export function httpUrl(value: string): string | null {
  const v = value.trim();
  if (v.startsWith('//')) return `https:${v}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v.replace(URL_IGNORED, ''))?.[1]?.toLowerCase();
  return scheme === 'http' || scheme === 'https' ? v : null;
}

function allowedValue(name: AllowedAttr, value: string): string | null {
  if (name === 'href' || name === 'src') return httpUrl(value);
  if (name === 'class') return value.split(/\s+/).filter((c) => SAFE_CLASSES.has(c)).join(' ') || null;
  return value;
}

/** The start tag, or null for a picture with no address we may load (dropped, not left broken). */
function startTag(el: Element, name: string, rule: ElementRule): string | null {
  const attrs = new Map<string, string>();
  for (const a of rule.attrs) {
    const raw = el.getAttribute(a);
    const value = raw === null ? null : allowedValue(a, raw.trim());
    if (value !== null) attrs.set(a, value);
  }
  if (name === 'a') attrs.set('rel', 'noopener noreferrer');
  if (name === 'img') {
    if (!attrs.has('src')) return null;
    // Sina's image hosts refuse foreign referrers; it also keeps the reader from leaking the page.
    attrs.set('referrerpolicy', 'no-referrer');
  }
  let out = `<${name}`;
  for (const k of ATTR_ORDER) {
    const v = attrs.get(k);
    if (v !== undefined) out += ` ${k}="${escapeAttr(v)}"`;
  }
  return `${out}>`;
}

/** Lower-case name of an HTML element; null for SVG/MathML/XML elements (dropped with content). */
function htmlName(el: Element): string | null {
  const ns = el.namespaceURI;
  if (ns && ns !== XHTML) return null;
  return (el.localName || el.tagName).toLowerCase();
}

/** A pending item of the walk: a node to write, or an end tag to write once its children are done. */
type Item = Node | string;

function pushChildren(stack: Item[], parent: Node): void {
  for (let n = parent.lastChild; n; n = n.previousSibling) stack.push(n);
}

const isTr = (n: Node): boolean => n.nodeType === ELEMENT_NODE && htmlName(n as Element) === 'tr';

/**
 * A table's children, with the `<tbody>` a parser puts around rows written straight into `<table>`
 * (linkedom does not; browsers, jsdom and html5 parsers do), so every DOM gives the same bytes.
 */
function pushTableChildren(stack: Item[], table: Element): void {
  const items: Item[] = [];
  let open = false;
  for (let n = table.firstChild; n; n = n.nextSibling) {
    const element = n.nodeType === ELEMENT_NODE;
    if (element && isTr(n) && !open) items.push('<tbody>');
    else if (element && !isTr(n) && open) items.push('</tbody>');
    if (element) open = isTr(n);
    items.push(n);
  }
  if (open) items.push('</tbody>');
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
}

/** Table parts go where a parser keeps them; elsewhere it ignores their tags (text kept). */
const TABLE_PARENTS: Readonly<Record<string, readonly string[]>> = {
  td: ['tr'], th: ['tr'], tr: ['table', 'tbody', 'thead', 'tfoot'],
  tbody: ['table'], thead: ['table'], tfoot: ['table'], caption: ['table'],
};

/** In its place: `td` in a `tr` in a `tbody` in a `table` … (at most three steps up). */
function placed(el: Element, name: string): boolean {
  const parents = TABLE_PARENTS[name];
  if (!parents) return true;
  const parent = el.parentNode;
  if (!parent || parent.nodeType !== ELEMENT_NODE) return false;
  const parentName = htmlName(parent as Element);
  return parentName !== null && parents.includes(parentName) && placed(parent as Element, parentName);
}

/** One element: its start tag (if allowed) and its children queued, or nothing at all. */
function visitElement(el: Element, stack: Item[]): string {
  const name = htmlName(el);
  if (name === null || DROPPED_WITH_CONTENT.has(name)) return '';
  // A link inside a link is one a parser splits (pages/cwced-legacy2005-*): its text stays in the outer.
  const nestedLink = name === 'a' && el.parentElement?.closest('a');
  const rule = placed(el, name) && !nestedLink ? ALLOWED_ELEMENTS[name] : undefined;
  if (!rule) {
    pushChildren(stack, el); // unknown wrapper (font, center, form …): its content stays
    return '';
  }
  const start = startTag(el, name, rule);
  if (start === null || rule.void) return start ?? '';
  stack.push(`</${name}>`);
  if (name === 'table') pushTableChildren(stack, el);
  else pushChildren(stack, el);
  return start;
}

/**
 * The children of `root` (an element, fragment or document body) as safe HTML. A loop over an
 * explicit stack, not recursion: depth costs memory, never the call stack. Comments, processing
 * instructions and CDATA sections are dropped.
 */
export function serializeHtml(root: Node): string {
  const stack: Item[] = [];
  pushChildren(stack, root);
  let out = '';
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') out += item;
    else if (item.nodeType === TEXT_NODE) out += escapeText((item as Text).data);
    else if (item.nodeType === ELEMENT_NODE) out += visitElement(item as Element, stack);
  }
  return out;
}
