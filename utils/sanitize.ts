/**
 * The second lock, for HTML entering a live document (the reader view: components/reader/
 * SanitizedHtml.tsx). What it receives was already written by the allowlist serializer
 * (utils/serialize-html.ts, the one door for page HTML); DOMPurify, with the same allowlist
 * (utils/html-allowlist.ts), checks it again in the browser: article markup only, no scripts, no
 * handlers, no styles, no ids/names (DOM clobbering, e.g. `<img id="location">`).
 *
 * DOMPurify needs a real window: the page/popup window in the extension, a jsdom window in Node
 * (`new JSDOM('').window`). It does NOT work under happy-dom — tests use `@vitest-environment jsdom`.
 */
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { ALLOWED_ELEMENTS, SAFE_CLASSES } from './html-allowlist';

export type Sanitize = (html: string) => string;

/** The serializer's elements, and every attribute any of them may carry. */
const ALLOWED_TAGS = Object.keys(ALLOWED_ELEMENTS);
const ALLOWED_ATTR = [...new Set(Object.values(ALLOWED_ELEMENTS).flatMap((r) => r.attrs)), 'referrerpolicy'];

/** http(s), mailto, or scheme-less (relative) URLs; everything else (`javascript:`, `data:` …) goes. */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** What browsers ignore inside a URL scheme (`jav&#x09;ascript:`, leading spaces, NUL …). */
// eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
const URL_IGNORED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_TAGS: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'meta', 'base', 'link', 'svg', 'math'],
  FORBID_ATTR: ['id', 'name', 'style'],
};

/** Scheme of a URL as a browser would see it, lower-cased; '' for relative URLs. */
function schemeOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(URL_IGNORED, ''));
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * Links: absolute http(s) or mailto only — a relative link would point into the extension's own
 * pages from the reader view (extraction makes page links absolute before sanitizing).
 * Images: http(s), or a relative src (an exported post's locally saved pictures).
 * `//host/x` (protocol-relative, common on Sina) becomes `https://host/x` for both.
 */
function safeUrl(url: string, kind: 'link' | 'image'): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  const scheme = schemeOf(trimmed);
  if (scheme === 'http' || scheme === 'https') return trimmed;
  if (kind === 'link') return scheme === 'mailto' ? trimmed : null;
  return scheme === '' && trimmed !== '' ? trimmed : null;
}

function filterClasses(value: string): string {
  return value.split(/\s+/).filter((c) => SAFE_CLASSES.has(c)).join(' ');
}

/**
 * One attribute order for every DOM the HTML came from: linkedom (the command line) puts an
 * attribute it adds first, browsers and jsdom put it last, so the same page gave
 * `<img referrerpolicy=… src=…>` from `sina-clean` and `<img src=… referrerpolicy=…>` from the
 * popup. Sorted here, the two files are the same bytes.
 */
const ATTR_ORDER = ['class', 'href', 'rel', 'src', 'alt', 'title', 'width', 'height', 'rowspan', 'colspan', 'referrerpolicy'];
const attrRank = (name: string): number => {
  const i = ATTR_ORDER.indexOf(name);
  return i < 0 ? ATTR_ORDER.length : i;
};

function sortAttributes(el: Element): void {
  const attrs = Array.from(el.attributes);
  if (attrs.length < 2) return;
  const sorted = [...attrs].sort((a, b) => attrRank(a.name) - attrRank(b.name));
  if (sorted.every((a, i) => a === attrs[i])) return;
  const pairs = sorted.map((a) => [a.name, a.value] as const);
  for (const [name] of pairs) el.removeAttribute(name);
  for (const [name, value] of pairs) el.setAttribute(name, value);
}

function addHooks(purify: Purifier): void {
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'class') {
      data.attrValue = filterClasses(data.attrValue);
      if (!data.attrValue) data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a') fixLink(node);
    else if (tag === 'img') fixImage(node);
    if (node.parentNode) sortAttributes(node);
  });
}

function fixLink(a: Element): void {
  const href = a.getAttribute('href');
  const safe = href === null ? null : safeUrl(href, 'link');
  if (safe === null) a.removeAttribute('href');
  else a.setAttribute('href', safe);
  a.setAttribute('rel', 'noopener noreferrer');
}

function fixImage(img: Element): void {
  const src = img.getAttribute('src');
  const safe = src === null ? null : safeUrl(src, 'image');
  if (safe === null) {
    // A picture we may not load (data:, javascript:, none at all) is dropped, not left broken.
    img.parentNode?.removeChild(img);
    return;
  }
  img.setAttribute('src', safe);
  // Sina's image hosts refuse foreign referrers; it also keeps the reader from leaking the page.
  img.setAttribute('referrerpolicy', 'no-referrer');
}

/** A sanitizer bound to `win` (the extension's page/popup window, or a jsdom window in Node). */
export function createSanitizer(win: Window & typeof globalThis): Sanitize {
  const purify = DOMPurify(win);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported by this window (use jsdom in Node).');
  addHooks(purify);
  // Parsed once: passing the config to every sanitize() call re-parses it (2× slower on jsdom).
  purify.setConfig({ ...CONFIG, RETURN_TRUSTED_TYPE: false });
  return (html: string): string => purify.sanitize(html) as string;
}
