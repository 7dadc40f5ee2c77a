/**
 * Tables for the Markdown export, on top of turndown-plugin-gfm's `tables`:
 * - tables with `rowspan`/`colspan`, nested tables or ragged rows cannot be GFM tables: they are
 *   kept as (already sanitized) HTML, which Obsidian, Hugo and Jekyll render, written as one HTML
 *   block with no template tag (utils/export/markdown-escape.ts);
 * - Sina's tables rarely have `<th>` (corpus post "1-11月份…利润…" has three such tables): the
 *   plugin would keep them as HTML; we make their first row the header instead;
 * - cell text: `|` escaped, line breaks inside a cell become `<br>` (a GFM row is one line);
 * - `<caption>` becomes a paragraph above a GFM table (kept HTML keeps its own caption).
 */
import type TurndownService from 'turndown';
import { tables } from 'turndown-plugin-gfm';
import { htmlBlock } from './markdown-escape';

type El = HTMLElement;

function rowsOf(table: El): El[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table) as El[];
}

function cellsOf(tr: El): El[] {
  return Array.from(tr.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH') as El[];
}

/** Can this table be written as a GFM table without losing its structure? */
function isSimpleTable(table: El): boolean {
  if (table.querySelector('table')) return false;
  const rows = rowsOf(table);
  if (rows.length === 0) return false;
  const width = cellsOf(rows[0]!).length;
  return rows.every((tr) => {
    const cells = cellsOf(tr);
    const spans = cells.some((c) => Number(c.getAttribute('rowspan') ?? 1) > 1 || Number(c.getAttribute('colspan') ?? 1) > 1);
    return !spans && cells.length === width && width > 0;
  });
}

function hasHeadingRow(table: El): boolean {
  const first = rowsOf(table)[0];
  return !!first && (first.parentNode?.nodeName === 'THEAD' || cellsOf(first).every((c) => c.nodeName === 'TH'));
}

export function useTables(td: TurndownService): void {
  td.use(tables);
  // Added after the plugin, so these rules win (turndown checks later rules first).
  td.addRule('sfcCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const text = content.trim().replace(/\s*\n\s*/g, '<br>').replace(/\|/g, '\\|');
      const first = (node as El).parentNode?.firstElementChild === node;
      return `${first ? '| ' : ' '}${text} |`;
    },
  });
  td.addRule('sfcCaption', { filter: ['caption'], replacement: () => '' });
  td.addRule('sfcTable', {
    filter: (node) => node.nodeName === 'TABLE',
    replacement: (content, node) => {
      const table = node as El;
      if (!isSimpleTable(table)) return `\n\n${htmlBlock(table.outerHTML)}\n\n`;
      const caption = table.querySelector('caption')?.textContent?.trim();
      const head = caption ? `\n\n${td.escape(caption)}` : '';
      let rows = content.replace(/\n{2,}/g, '\n').trim();
      if (!hasHeadingRow(table)) {
        const width = cellsOf(rowsOf(table)[0]!).length;
        const border = `|${' --- |'.repeat(width)}`;
        const nl = rows.indexOf('\n');
        rows = nl < 0 ? `${rows}\n${border}` : `${rows.slice(0, nl)}\n${border}${rows.slice(nl)}`;
      }
      return `${head}\n\n${rows}\n\n`;
    },
  });
}
