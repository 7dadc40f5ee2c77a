/**
 * The `markdown` export (Obsidian / Jekyll / Hugo): the same front matter style as the archive
 * (ISO date and a `tags` list by default), the body converted by turndown with GFM tables.
 * Sina specifics: paragraphs start with full-width indentation `　　` (every corpus post) and
 * carry NBSPs; both are cleaned before turndown escapes the text, so a paragraph `　　1. 第一`
 * stays literal text (`1\. 第一`) instead of turning into a list.
 */
import TurndownService from 'turndown';
import { strikethrough } from 'turndown-plugin-gfm';
import type { Article } from '../model';
import { buildFrontMatter, writeFrontMatter } from './front-matter';
import { useTables } from './markdown-tables';
import type { ExportOptions } from './presets';

type El = HTMLElement;

/** `](`-safe link/image destination: wrapped in `<…>` when it has spaces or parentheses. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
}

function imageRule(td: TurndownService): void {
  td.addRule('sfcImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as El;
      const src = img.getAttribute('src') ?? '';
      if (!src) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').replace(/([[\]\\])/g, '\\$1');
      const title = (img.getAttribute('title') ?? '').replace(/\s+/g, ' ').replace(/"/g, '\\"');
      return `![${alt}](${destination(src)}${title ? ` "${title}"` : ''})`;
    },
  });
}

/** Links whose URL has spaces or parentheses still end where they should. */
function linkRule(td: TurndownService): void {
  td.addRule('sfcLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = (node as El).getAttribute('href') ?? '';
      return content.trim() ? `[${content}](${destination(href)})` : '';
    },
  });
}

/** Sina's caption `<span class="img_descr">` sits inline after the image: give it its own line. */
function captionRule(td: TurndownService): void {
  td.addRule('sfcCaption', {
    filter: (node) => node.nodeName === 'SPAN' && node.classList.contains('img_descr'),
    replacement: (content) => (content.trim() ? `\n\n${content.trim()}\n\n` : ''),
  });
}

/** A bare `<pre>` (no `<code>` inside) is still preformatted text: fence it. */
function preRule(td: TurndownService): void {
  td.addRule('sfcPre', {
    filter: (node) => node.nodeName === 'PRE' && !node.querySelector('code'),
    replacement: (_content, node) => {
      const text = (node.textContent ?? '').replace(/\n$/, '');
      const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
      return `\n\n${fence}\n${text}\n${fence}\n\n`;
    },
  });
}

function createTurndown(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  const escape = td.escape.bind(td);
  // NBSP → space; drop the full-width indentation at the start of a text node, then escape.
  td.escape = (text: string): string => escape(text.replace(/\u00a0/g, ' ').replace(/^[\u3000 ]+/, ''));
  useTables(td);
  td.use(strikethrough);
  // x<sup>2</sup> must not read as x2: Markdown has no sub/superscript, the HTML stays.
  td.keep(['sup', 'sub']);
  imageRule(td);
  linkRule(td);
  captionRule(td);
  preRule(td);
  return td;
}

/**
 * Turndown moves an inline element's leading whitespace outside it (`<strong>　　小标题</strong>`
 * → `　　**小标题**`, corpus post sina-housing-q1-strong-subheads-noimage), and `\s` includes
 * U+3000: drop full-width indentation and NBSP at line starts, outside fenced code. Text-node
 * starts were already cleaned before escaping, so what is left here begins with `**`, `[` etc.
 */
function dropIndentation(md: string): string {
  let fence = '';
  return md
    .split('\n')
    .map((line) => {
      const open = /^(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = '';
        return line;
      }
      if (open) fence = open;
      return line.replace(/^[\u3000\u00a0]+/, '');
    })
    .join('\n');
}

let shared: TurndownService | undefined;

/** Article HTML (sanitized) → Markdown text. */
export function htmlToMarkdown(html: string): string {
  shared ??= createTurndown();
  return dropIndentation(shared.turndown(html))
    .replace(/[ \t]+$/gm, (m) => (m === '  ' ? m : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function exportMarkdown(article: Article, opts: ExportOptions): string {
  const body = htmlToMarkdown(article.html);
  return `${writeFrontMatter(buildFrontMatter(article, opts, 'markdown'))}\n${body}\n`;
}
