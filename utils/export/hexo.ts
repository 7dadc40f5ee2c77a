/**
 * The `hexo` / `hexo-full` body, in the archive's shape (../shared/seed/seed-post.md): `<div>`,
 * the cleaned article HTML, `</div>`, with `{`/`}` as `&#123;`/`&#125;` so Hexo's Nunjucks pass
 * leaves `{{ page.title }}`, `{% endraw %}` and `{#` in an article alone.
 */
import type { Article } from '../model';
import { buildFrontMatter, stringifyFrontMatter } from './front-matter';
import type { ExportOptions } from './options';

/** `&#123;`/`&#125;` are what the archive uses (seed: `.appendQr_wrap&#123;border:…&#125;`). */
export function escapeBraces(html: string): string {
  return html.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/**
 * Hexo's Markdown renderer passes an HTML block through untouched only until the first blank
 * line; after one, indented lines would become code blocks. So the body gets no blank lines:
 * blank lines between tags go, and newlines inside `<pre>` become `&#10;` (same rendering).
 */
export function keepOneHtmlBlock(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/i)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\r?\n/g, '&#10;') : part.replace(/\n[ \t\r]*(?=\n)/g, '')))
    .join('')
    .trim();
}

/**
 * Hexo's backtick_code_block filter runs on the raw post before any renderer and turns a line
 * starting with ``` or ~~~ into a code block, even inside HTML: the first character of such a
 * fence becomes its character reference (renders the same).
 */
export function breakCodeFences(html: string): string {
  return html.replace(/^([ \t]*)([`~])(?=\2\2)/gm, (_m, indent: string, c: string) => `${indent}&#${c.charCodeAt(0)};`);
}

export function hexoBody(html: string): string {
  return `<div>\n${breakCodeFences(escapeBraces(keepOneHtmlBlock(html)))}\n</div>\n`;
}

/** A whole Hexo post: front matter, a blank line, the body. */
export function exportHexo(article: Article, opts: ExportOptions): string {
  return `${stringifyFrontMatter(buildFrontMatter(article, opts, 'hexo'))}\n${hexoBody(article.html)}`;
}
