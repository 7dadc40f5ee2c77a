/**
 * The `markdown` export (Obsidian / Jekyll / Hugo): the same front matter style as the archive
 * (ISO date and a `tags` list by default), the body converted by turndown with GFM tables.
 * Every piece of article text (paragraphs, headings, link text, image alt and title, captions,
 * cells) is escaped by `td.escape`: Markdown syntax by turndown, markup and template tags by
 * utils/export/markdown-escape.ts, so it stays text after any Markdown renderer or site generator.
 * Sina specifics: paragraphs start with full-width indentation `　　` (every corpus post), dropped
 * at line starts (utils/export/markdown-indent.ts), and carry NBSPs, written as spaces.
 */
import TurndownService from 'turndown';
import { strikethrough } from 'turndown-plugin-gfm';
import type { Article } from '../model';
import { buildFrontMatter, stringifyFrontMatter } from './front-matter';
import { useCode } from './markdown-code';
import { escapeMarkup, escapeUrlBraces } from './markdown-escape';
import { dropLineIndentation } from './markdown-indent';
import { useTables } from './markdown-tables';
import type { ExportOptions } from './options';

type El = HTMLElement;

/** `](`-safe link/image destination: wrapped in `<…>` when it has spaces or parentheses. */
function destination(url: string): string {
  const safe = escapeUrlBraces(url);
  return /[\s()<>]/.test(safe) ? `<${safe.replace(/[<>\s]/g, encodeURIComponent)}>` : safe;
}

/** What a browser ignores in a URL scheme (`jav&#x09;ascript:`); utils/sanitize.ts reads it so too. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
const URL_IGNORED = /[\u0000-\u0020\u007f-\u00a0]/g;

/**
 * The sanitizer already kept only these (utils/sanitize.ts); checked again because a Markdown
 * renderer would make a live link of anything: links http(s)/mailto, pictures http(s) or relative.
 */
function allowedUrl(url: string, kind: 'link' | 'image'): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(URL_IGNORED, ''))?.[1]?.toLowerCase();
  return scheme === 'http' || scheme === 'https' || (kind === 'link' ? scheme === 'mailto' : scheme === undefined);
}

/**
 * A `"title"` in an image: like any text, and its quotes, backslashes and parentheses as
 * character references (Markdown.pl reads no backslash escape in a title and ends the link at a
 * parenthesis, CommonMark reads `\"` as an escape).
 */
function titlePart(title: string): string {
  const t = escapeMarkup(title.replace(/\s+/g, ' ').trim()).replace(/["\\()]/g, (c) => `&#${c.charCodeAt(0)};`);
  return t ? ` "${t}"` : '';
}

function imageRule(td: TurndownService): void {
  td.addRule('sfcImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as El;
      const src = img.getAttribute('src') ?? '';
      if (!src || !allowedUrl(src, 'image')) return '';
      const alt = td.escape((img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return `![${alt}](${destination(src)}${titlePart(img.getAttribute('title') ?? '')})`;
    },
  });
}

/** Links whose URL has spaces or parentheses still end where they should. */
function linkRule(td: TurndownService): void {
  td.addRule('sfcLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = (node as El).getAttribute('href') ?? '';
      if (!allowedUrl(href, 'link')) return content;
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

/**
 * `x<sup>2</sup>` must not read as x2: Markdown has no sub/superscript, the tag stays, around
 * the converted (escaped) content: text inside inline HTML is still read as Markdown.
 */
function supSubRule(td: TurndownService): void {
  td.addRule('sfcSupSub', {
    filter: ['sup', 'sub'],
    replacement: (content, node) => {
      const tag = node.nodeName.toLowerCase();
      return `<${tag}>${content}</${tag}>`;
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
  // NBSP → space; markup and template tags first: turndown's escape adds only backslashes.
  td.escape = (text: string): string => escape(escapeMarkup(text.replace(/\u00a0/g, ' ')));
  useTables(td);
  td.use(strikethrough);
  supSubRule(td);
  imageRule(td);
  linkRule(td);
  captionRule(td);
  useCode(td);
  // Last, so turndown asks it first about every element (see the module).
  dropLineIndentation(td);
  return td;
}

/**
 * Line starts the DOM pass (utils/export/markdown-indent.ts) does not see, e.g. text after a
 * block inside a block (corpus page cwced-legacy2004-gb2312-unknown-channel): full-width
 * indentation and NBSP at line starts go here, outside fenced code.
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
  return `${stringifyFrontMatter(buildFrontMatter(article, opts, 'markdown'))}\n${body}\n`;
}
