/**
 * The selector the element picker proposes for a chosen element: a stable id, else stable classes,
 * else a short `tag:nth-of-type(n)` path from the nearest ancestor with a stable id (or body).
 * "Stable" skips what looks generated (long digit runs, hashes), which changes between loads.
 */

const UNSTABLE = /\d{3,}|[0-9a-f]{8,}|^(?:css|sc|jsx|ng|ember|svelte)-|__|--[a-z0-9]{5,}/i;
const SIMPLE_IDENT = /^-?[a-z_][a-z0-9_-]*$/i;

function stableId(el: Element): string | undefined {
  const id = el.id;
  return id && SIMPLE_IDENT.test(id) && !UNSTABLE.test(id) && el.ownerDocument.querySelectorAll(`#${id}`).length === 1 ? `#${id}` : undefined;
}

function stableClasses(el: Element): string[] {
  return [...el.classList].filter((c) => SIMPLE_IDENT.test(c) && !UNSTABLE.test(c)).slice(0, 3);
}

function step(el: Element): string {
  const tag = el.localName;
  if (!/^[a-z][a-z0-9-]*$/.test(tag)) return '*';
  const same = el.parentElement ? [...el.parentElement.children].filter((c) => c.localName === tag) : [el];
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}

/** A selector that matches `el` (and, for class selectors, maybe its lookalikes). */
export function selectorFor(el: Element): string {
  const id = stableId(el);
  if (id) return id;
  const doc = el.ownerDocument;
  const classes = stableClasses(el);
  if (classes.length) {
    const sel = `${el.localName}.${classes.join('.')}`;
    const n = doc.querySelectorAll(sel).length;
    if (n >= 1 && n <= 3) return sel;
  }
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && cur !== doc.body && cur !== doc.documentElement && parts.length < 6; cur = cur.parentElement) {
    const anchor = cur === el ? undefined : stableId(cur);
    if (anchor) {
      parts.unshift(anchor);
      return parts.join(' > ');
    }
    parts.unshift(step(cur));
  }
  return parts.join(' > ');
}
