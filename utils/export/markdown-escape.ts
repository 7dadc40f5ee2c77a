/**
 * Text into Markdown that stays text. Markdown passes raw HTML through (marked, which Hexo uses;
 * markdown-it with `html: true`; Obsidian), so article text `&lt;script&gt;` written as `<script>`
 * would be a live tag in the blog: `&`, `<`, `>` become character references, which every
 * Markdown reader (Markdown.pl, kramdown, CommonMark, marked) turns back into the same text, where
 * a backslash (`\<`) is not an escape for Markdown.pl. Static site generators read template tags
 * in the whole file before any Markdown (Hexo's Nunjucks `{{ {% {#`, Jekyll's Liquid `{{ {%`,
 * Hugo's shortcodes `{{< {{%`): a `{` that could open one is written `&#123;`, as the Hexo
 * preset writes braces (utils/export/hexo.ts).
 */
import { breakCodeFences, escapeBraces, keepOneHtmlBlock } from './hexo';

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * A `{` that opens a template tag, or ends the text: the next text node (`{<span>{ x }}</span>`)
 * could start with one.
 */
const TAG_OPEN = /\{(?=[{%#]|$)/g;

/** Does this text hold something a template engine would read as a tag? */
export function hasTemplateTag(text: string): boolean {
  return /\{[{%#]/.test(text);
}

/** Article text → Markdown text that reads the same and has no tag (before Markdown escaping). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITY[c]!).replace(TAG_OPEN, '&#123;');
}

/**
 * Serialized (sanitized) HTML kept inside Markdown, e.g. a table GFM cannot hold: one HTML block
 * (a blank line would end it and hand the rest to the Markdown parser), braces as references,
 * no line a Hexo code fence could start — what the Hexo preset does to its whole body.
 */
export function htmlBlock(html: string): string {
  return breakCodeFences(escapeBraces(keepOneHtmlBlock(html)));
}

/** A link or image destination: no brace a template engine could read (`%7B` is the same URL). */
export function escapeUrlBraces(url: string): string {
  return url.replace(/[{}]/g, encodeURIComponent);
}
