/**
 * Sina paragraphs start with full-width indentation `　　` or NBSPs (every corpus post), which
 * Markdown does not need. Only a LINE start is indentation: the start of a block, or what follows
 * a `<br>`. The text after an inline element is not one, and its space is a word gap (`<a>a</a>
 * <a>js2</a>` must stay `a js2`). Turndown hands `escape` text without its place, so the
 * indentation goes from turndown's own copy of the DOM as it reaches each block or `<br>`, before
 * it reads the text inside: line-start escaping (`1. 第一` → `1\. 第一`) then sees the real start.
 */
import type TurndownService from 'turndown';

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'HR',
]);

/** Text and inline elements only: a block, a picture or code ends the walk. */
const STOPS = new Set(['IMG', 'BR', 'CODE', 'PRE', 'SUP', 'SUB']);

const isElement = (n: Node): n is Element => n.nodeType === 1;

/** Next node in document order inside `root`; children of `node` are entered when `enter`. */
function next(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Drop leading whitespace of the text from `start` on, up to the first visible character. */
function stripFrom(start: Node | null, root: Node): void {
  for (let n = start; n; ) {
    if (isElement(n) && (BLOCKS.has(n.nodeName) || STOPS.has(n.nodeName))) return;
    if (n.nodeType === 3) {
      n.nodeValue = (n.nodeValue ?? '').replace(/^\s+/, '');
      if (n.nodeValue) return;
    }
    n = next(n, root, true);
  }
}

/**
 * Tables and preformatted text are left as they are: a table GFM cannot hold is written as its
 * own HTML, where `　　　制造业` under `其中：采矿业` is the table's hierarchy (corpus post
 * sina-industrial-profits-3-tables); GFM cells are trimmed by their own rule.
 */
function keptAsIs(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeName === 'TABLE' || n.nodeName === 'PRE') return true;
  }
  return false;
}

function lineStart(node: Node): void {
  const block = BLOCKS.has(node.nodeName);
  if ((!block && node.nodeName !== 'BR') || keptAsIs(node)) return;
  if (block) return stripFrom(node.firstChild, node);
  let root: Node | null = node.parentNode;
  while (root?.parentNode && !BLOCKS.has(root.nodeName)) root = root.parentNode;
  if (root) stripFrom(next(node, root, false), root);
}

/**
 * Turndown asks each rule's filter about an element before it converts the element's children;
 * this rule, added last, is asked first, trims what starts a line, and never matches.
 */
export function dropLineIndentation(td: TurndownService): void {
  td.addRule('sfcLineStart', {
    filter: (node) => {
      lineStart(node);
      return false;
    },
    replacement: () => '',
  });
}
