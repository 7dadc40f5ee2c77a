/**
 * Nesting depth of a document, measured without recursion. Readability's cost grows much faster
 * than linearly with depth: a page of 1,000 nested <div>s took 11 s on linkedom and 90 s on jsdom
 * (measured for tests/cli/errors.test.ts), while the corpus pages nest at most 25 levels.
 */

/** Deeper than this is not an article page but a pathological (or hostile) input. */
export const MAX_PAGE_DEPTH = 256;

/** The element depth of `root`'s subtree, stopping early once `limit` is exceeded. */
export function elementDepth(root: Element, limit = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return max;
}

/** The deepest element of the document (pages without <html> can have several top-level elements). */
export function documentDepth(doc: Document, limit = Number.POSITIVE_INFINITY): number {
  let max = 0;
  for (const child of Array.from(doc.childNodes)) {
    if (child.nodeType === 1) max = Math.max(max, elementDepth(child as Element, limit));
    if (max > limit) break;
  }
  return max;
}
