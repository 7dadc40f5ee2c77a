/**
 * Counting a page against the limits of cli/page-limits.ts while it streams through htmlparser2
 * (cli/article-pass.ts): the pass stops at the first limit passed, so a hostile
 * page is refused before a DOM of it is ever built.
 */
import { PageLimitError } from './page-limits';

/** Limits checked while streaming (cli/page-limits.ts); a page over one throws a PageLimitError. */
export interface PassLimits {
  depth: number;
  elements: number;
  /** Elements, attributes and comments together. */
  nodes: number;
  /** Attributes of one element. */
  attributes: number;
  /** Characters of text. */
  text: number;
}

const over = (prefix: string, limit: number, what: string): PageLimitError =>
  new PageLimitError(`${prefix} ${limit.toLocaleString('en')} ${what}, the limit for one page`);

/** Counts what a DOM of the page would hold, and stops the pass as soon as a limit is passed. */
export function counter(limits: PassLimits) {
  const c = { depth: 0, elements: 0, nodes: 0, text: 0 };
  const more = (n = 1): void => {
    c.nodes += n;
    if (c.nodes > limits.nodes) throw over('more than', limits.nodes, 'elements, attributes and comments');
  };
  return {
    c,
    open(attrs: Record<string, string>): void {
      c.depth += 1;
      if (c.depth > limits.depth) throw new PageLimitError(`markup nested more than ${limits.depth} levels deep, the limit for one page`);
      if (++c.elements > limits.elements) throw over('more than', limits.elements, 'elements');
      const n = Object.keys(attrs).length;
      if (n > limits.attributes) throw over('an element with more than', limits.attributes, 'attributes');
      more(1 + n);
    },
    comment: (): void => more(),
    text(data: string): void {
      c.text += data.length;
      if (c.text > limits.text) throw over('more than', limits.text, 'characters of text');
    },
  };
}

