/**
 * What the allowlist serializer (utils/serialize-html.ts) may write: data only, read by one short
 * walk. Derived from the DOMPurify configuration this project used before (ALLOWED_TAGS and
 * ALLOWED_ATTR of utils/sanitize.ts at the time), narrowed per element, so every corpus page and
 * post gives the same bytes as before (tests/sanitize/corpus-same.test.ts).
 */

/** An attribute that may be written; each element lists its own. */
export type AllowedAttr = 'class' | 'href' | 'src' | 'alt' | 'title' | 'width' | 'height' | 'rowspan' | 'colspan';

export interface ElementRule {
  readonly attrs: readonly AllowedAttr[];
  /** Written without an end tag and without children (`<br>`, `<img …>`, `<hr>`). */
  readonly void?: true;
}

/** Every element may carry these: the kept Sina classes (below) and a tooltip. */
const COMMON: readonly AllowedAttr[] = ['class', 'title'];
const PLAIN: ElementRule = { attrs: COMMON };
const CELL: ElementRule = { attrs: [...COMMON, 'width', 'height', 'rowspan', 'colspan'] };
const SIZED: ElementRule = { attrs: [...COMMON, 'width', 'height'] };

/**
 * Article markup. `font` is absent on purpose: Sina's `<font cms-style>` keeps its text only.
 * Anything not listed here and not in DROPPED_WITH_CONTENT is unwrapped: its text stays.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  p: PLAIN, h1: PLAIN, h2: PLAIN, h3: PLAIN, h4: PLAIN, h5: PLAIN, h6: PLAIN,
  strong: PLAIN, b: PLAIN, em: PLAIN, i: PLAIN, u: PLAIN, s: PLAIN, sub: PLAIN, sup: PLAIN, span: PLAIN,
  div: PLAIN, section: PLAIN, figure: PLAIN, figcaption: PLAIN, blockquote: PLAIN, pre: PLAIN, code: PLAIN,
  ul: PLAIN, ol: PLAIN, li: PLAIN,
  table: SIZED, thead: PLAIN, tbody: PLAIN, tfoot: PLAIN, tr: PLAIN, caption: PLAIN, td: CELL, th: CELL,
  // href: absolute http(s) only; rel="noopener noreferrer" is always added.
  a: { attrs: [...COMMON, 'href'] },
  // src: absolute http(s) only, else the picture is dropped; referrerpolicy="no-referrer" is added.
  img: { attrs: [...COMMON, 'src', 'alt', 'width', 'height'], void: true },
  br: { attrs: [], void: true },
  hr: { attrs: COMMON, void: true },
};

/**
 * Dropped with everything inside: script and raw-text elements, embedded documents and plug-ins,
 * foreign content (SVG and MathML, where HTML parsing rules change) and what a page never shows
 * (head, title, template). DOMPurify's FORBID_CONTENTS list plus frames, textarea and plug-ins.
 */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'plaintext', 'xmp', 'textarea', 'title',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'fencedframe',
  'svg', 'math', 'annotation-xml', 'foreignobject', 'desc', 'mi', 'mn', 'mo', 'ms', 'mtext',
  'head', 'audio', 'video', 'colgroup', 'meta', 'link', 'base',
]);

/** The only classes kept: Sina's image frame and caption (seen in every corpus post with a picture). */
export const SAFE_CLASSES: ReadonlySet<string> = new Set(['img_wrapper', 'img_descr']);

/**
 * One attribute order whatever DOM the tree came from: linkedom puts an attribute the cleaner adds
 * first, browsers and jsdom last, so the popup and `sina-clean` would otherwise write different bytes.
 */
export const ATTR_ORDER = [
  'class', 'href', 'rel', 'src', 'alt', 'title', 'width', 'height', 'rowspan', 'colspan', 'referrerpolicy',
] as const;
