/**
 * Lines of another site's article body that are credits, not article text, read from the site's
 * data (utils/sites/<site>.ts): a byline printed in the body, read as the author and left in place.
 * Edits only the detached clone utils/extract-site.ts cleans.
 */
import { normText } from './dom';
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
