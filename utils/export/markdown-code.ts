/**
 * Code in the Markdown export. Code is shown as written, so a template tag in it (`{{ x }}` in a
 * Vue snippet) cannot be escaped in Markdown's own code syntax, and Jekyll's Liquid and Hugo's
 * shortcodes read code blocks too: such code is written as HTML (`<pre><code>`, `<code>`) with
 * the braces as character references; every other code block is fenced as before.
 */
import type TurndownService from 'turndown';
import { escapeHtml } from './html';
import { hasTemplateTag, htmlBlock } from './markdown-escape';

/** `<pre>` with or without `<code>` inside: fenced, longer than any backtick run in the code. */
function preRule(td: TurndownService): void {
  td.addRule('sfcPre', {
    filter: 'pre',
    replacement: (_content, node) => {
      const text = (node.textContent ?? '').replace(/\n$/, '');
      if (hasTemplateTag(text)) return `\n\n${htmlBlock(`<pre><code>${escapeHtml(text)}</code></pre>`)}\n\n`;
      const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
      return `\n\n${fence}\n${text}\n${fence}\n\n`;
    },
  });
}

/**
 * Inline code with a template tag: `<code>` around the text escaped as Markdown text (what is
 * between inline HTML tags is Markdown). Other inline code keeps turndown's backtick span.
 */
function inlineCodeRule(td: TurndownService): void {
  td.addRule('sfcTemplateCode', {
    filter: (node) => node.nodeName === 'CODE' && node.parentNode?.nodeName !== 'PRE' && hasTemplateTag(node.textContent ?? ''),
    replacement: (_content, node) => `<code>${td.escape((node.textContent ?? '').replace(/\s+/g, ' '))}</code>`,
  });
}

export function useCode(td: TurndownService): void {
  preRule(td);
  inlineCodeRule(td);
}
