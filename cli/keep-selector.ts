/**
 * Selectors as the streaming pass (cli/article-pass.ts) can test them on an open tag, before any
 * DOM exists. Only the leftmost compound of each selector counts (`.date-source .date` keeps every
 * `.date-source` whole), and it is matched loosely: tag, id, classes and the NAMES of attributes,
 * case-insensitively, never the attribute values. A loose match only keeps more of the page, which
 * changes no query's answer; a selector this cannot read safely (sibling combinators, pseudo-classes)
 * is a programming error.
 */

export interface KeepCompound {
  tag?: string;
  id?: string;
  classes: string[];
  /** Names of attributes that must be present (lower case). */
  attrs: string[];
}

/** `a, b` → ['a', 'b'], commas inside brackets or quotes left alone. */
export function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(list.slice(from).trim());
  return out.filter((s) => s !== '');
}

const COMPOUND = /^([a-z][a-z0-9-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:[~^$*|]?=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)/i;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)/g;

/** The leftmost compound of one complex selector (no commas). */
export function leftmostCompound(selector: string): KeepCompound {
  const sel = selector.trim();
  const m = COMPOUND.exec(sel);
  const rest = m ? sel.slice(m[0].length) : sel;
  if (!m || m[0] === '' || /[+~:,]/.test(rest.replace(/"[^"]*"|'[^']*'/g, '')) || (rest !== '' && !/^\s|^>/.test(rest))) {
    throw new Error(`not a selector the streaming pass can keep by: ${selector}`);
  }
  const out: KeepCompound = { classes: [], attrs: [] };
  if (m[1] && m[1] !== '*') out.tag = m[1].toLowerCase();
  for (const p of (m[2] ?? '').matchAll(PART)) {
    if (p[1]) out.id = p[1].toLowerCase();
    else if (p[2]) out.classes.push(p[2].toLowerCase());
    else if (p[3]) out.attrs.push(p[3].toLowerCase());
  }
  return out;
}

/** Every comma part of every list. */
export function keepCompounds(lists: readonly string[]): KeepCompound[] {
  return lists.flatMap(splitSelectorList).map(leftmostCompound);
}

/** An attribute by its name in any case (attribute names keep their case in the pass). */
function attr(attrs: Record<string, string>, name: string): string | undefined {
  const v = attrs[name];
  if (v !== undefined) return v;
  for (const k in attrs) if (k.toLowerCase() === name) return attrs[k];
  return undefined;
}

/** Could an element with this tag (lower case) and these attributes match the compound? */
export function mayMatch(c: KeepCompound, tag: string, attrs: Record<string, string>): boolean {
  if (c.tag !== undefined && c.tag !== tag) return false;
  if (c.id !== undefined && attr(attrs, 'id')?.toLowerCase() !== c.id) return false;
  if (c.classes.length > 0) {
    const have = (attr(attrs, 'class') ?? '').toLowerCase().split(/\s+/);
    if (!c.classes.every((k) => have.includes(k))) return false;
  }
  return c.attrs.every((a) => attr(attrs, a) !== undefined);
}

/** Does `c` ask at least everything `k` asks, so every element `c` matches is one `k` keeps? */
export function covers(k: KeepCompound, c: KeepCompound): boolean {
  if (k.tag !== undefined && k.tag !== c.tag) return false;
  if (k.id !== undefined && k.id !== c.id) return false;
  return k.classes.every((x) => c.classes.includes(x)) && k.attrs.every((a) => c.attrs.includes(a) || (a === 'id' && c.id !== undefined) || (a === 'class' && c.classes.length > 0));
}
