/**
 * Lines of another site's article body that are credits, not article text, read from the site's
 * data (utils/sites/<site>.ts): a byline printed in the body, read as the author and left in place;
 * staff credit lines, taken out and read for the editor. Edits only the detached clone
 * utils/extract-site.ts cleans.
 */
import { drop, normText, preorder, TEXT_NODE } from './dom';
import type { OtherSiteRule } from './sites/types';

/** The author a body paragraph names (OtherSiteRule.bodyBylines): the first paragraph that matches, in page order. */
export function bodyByline(clone: Element, site: OtherSiteRule): string | undefined {
  const shapes = site.bodyBylines ?? [];
  if (!shapes.length) return undefined;
  for (const p of clone.querySelectorAll('p')) {
    const t = normText(p.textContent);
    const name = shapes.map((re) => re.exec(t)?.groups?.author?.trim()).find(Boolean);
    if (name) return name;
  }
  return undefined;
}

/**
 * The body's staff credit lines (OtherSiteRule.creditLines) go, each with the <br> that ends it;
 * the first the site's editorName reads names the editor. A text node is matched whole, so a line
 * is never cut out of a sentence.
 */
export function takeCreditLines(clone: Element, site: OtherSiteRule): { editor?: string; removed: number } {
  const lines = site.creditLines ?? [];
  let editor: string | undefined;
  let removed = 0;
  if (!lines.length) return { removed };
  for (const n of [...preorder(clone)]) {
    const t = n.nodeType === TEXT_NODE ? normText(n.nodeValue) : '';
    if (!t || !lines.some((re) => re.test(t))) continue;
    editor ??= site.editorName.exec(t)?.[1]?.trim() || undefined;
    const next = n.nextSibling as Element | null;
    if (next?.tagName?.toUpperCase() === 'BR') removed += drop(next);
    removed += drop(n);
  }
  return editor ? { editor, removed } : { removed };
}
