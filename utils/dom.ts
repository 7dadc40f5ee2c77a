/**
 * Small DOM helpers that behave the same in browsers, happy-dom, jsdom and linkedom
 * (no TreeWalker/NodeFilter, no innerText: plain childNodes walks and textContent).
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

/** Collapse whitespace (incl. U+3000 and NBSP) and trim. */
export function normText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Text of the first element matching any selector (in order), cleaned; '' when none. */
export function firstText(scope: ParentNode, selectors: readonly string[]): string {
  for (const sel of selectors) {
    const t = normText(scope.querySelector(sel)?.textContent);
    if (t) return t;
  }
  return '';
}

/** Like firstText, over elements already found (selector priority first, then document order). */
export function firstTextOf(found: readonly Element[], selectors: readonly string[]): string {
  for (const sel of selectors) {
    for (const el of found) {
      if (!el.matches(sel)) continue;
      const t = normText(el.textContent);
      if (t) return t;
      break;
    }
  }
  return '';
}

/** First element matching any selector, in selector order. */
export function firstMatch(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = scope.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** `root` and every node under it in document order; a stack, not recursion (pages nest deep). */
export function* preorder(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** Every comment node under `root`, in document order. */
export function collectComments(root: Node, out: Comment[] = []): Comment[] {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === COMMENT_NODE) out.push(n as Comment);
    else if (n.nodeType === ELEMENT_NODE) collectComments(n, out);
  }
  return out;
}

/** Replace `el` by its children (keeps their order). */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Replace `el` by a text node with its text. */
export function toText(el: Element): void {
  const doc = el.ownerDocument;
  el.parentNode?.replaceChild(doc.createTextNode(el.textContent ?? ''), el);
}

/** Remove a node if it is still attached; returns 1 when removed (for counters). */
export function drop(n: Node): number {
  if (!n.parentNode) return 0;
  n.parentNode.removeChild(n);
  return 1;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Serialize the children of `root` (reads outerHTML; text escaped). Comments are skipped. */
export function childrenHtml(root: Element): string {
  let out = '';
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) out += (n as Element).outerHTML;
    else if (n.nodeType === TEXT_NODE) out += (n.textContent ?? '').replace(/[&<>]/g, (c) => ESC[c] ?? c);
  }
  return out;
}

/**
 * The document's <head> to search, else the document. Not `doc.head`: linkedom's getter
 * CREATES a <head> when there is none (pages/cwced-legacy2004-* has a <text> root), and
 * reading must never mutate.
 */
export function headOf(doc: Document): ParentNode {
  const first = doc.documentElement?.firstElementChild;
  return first && first.tagName.toUpperCase() === 'HEAD' ? first : doc;
}
