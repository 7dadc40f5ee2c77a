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
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:"[^"]*"|'[^']*'|[^\]"'])*\]/g;

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

/** Every value of an attribute by its name in any case (the pass keeps names as written). */
function values(attrs: Record<string, string>, name: string): string[] {
  const out: string[] = [];
  for (const k in attrs) if (k.length === name.length && k.toLowerCase() === name) out.push(attrs[k]!.toLowerCase());
  return out;
}

/** Could an element with this tag (lower case) and these attributes match the compound? */
export function mayMatch(c: KeepCompound, tag: string, attrs: Record<string, string>): boolean {
  if (c.tag !== undefined && c.tag !== tag) return false;
  if (c.id !== undefined && !values(attrs, 'id').includes(c.id)) return false;
  if (c.classes.length > 0) {
    const have = values(attrs, 'class').flatMap((v) => v.split(/\s+/));
    if (!c.classes.every((k) => have.includes(k))) return false;
  }
  return c.attrs.every((a) => values(attrs, a).length > 0);
}

/** Class attribute values remembered by a matcher (a bound on its memory over a long run). */
const MAX_CACHED_CLASS_VALUES = 10_000;

function add(index: Map<string, KeepCompound[]>, key: string, c: KeepCompound): void {
  const list = index.get(key);
  if (list) list.push(c);
  else index.set(key, [c]);
}

/**
 * mayMatch against a list, for every open tag of a page: the compounds are filed by id, else by
 * first class, else by tag, so a tag is tested only against those that could match it (a compound
 * matches only tags that have its id and its classes). The most selective key first: filed by tag,
 * `div#artibody` was tested against every `<div>` of the page.
 */
export function keepMatcher(compounds: readonly KeepCompound[]): (tag: string, attrs: Record<string, string>) => boolean {
  const byTag = new Map<string, KeepCompound[]>();
  const byId = new Map<string, KeepCompound[]>();
  const byClass = new Map<string, KeepCompound[]>();
  const rest: KeepCompound[] = [];
  for (const c of compounds) {
    if (c.id !== undefined) add(byId, c.id, c);
    else if (c.classes.length > 0) add(byClass, c.classes[0]!, c);
    else if (c.tag !== undefined) add(byTag, c.tag, c);
    else rest.push(c);
  }
  const any = (list: KeepCompound[] | undefined, tag: string, attrs: Record<string, string>): boolean =>
    list !== undefined && list.some((c) => mayMatch(c, tag, attrs));
  // The compounds filed under any class of a class attribute, by its value as written: pages repeat
  // the same few values, and lower-casing and splitting each one was a tenth of the first pass.
  const byClassValue = new Map<string, KeepCompound[]>();
  const classCandidates = (value: string): KeepCompound[] => {
    let list = byClassValue.get(value);
    if (list === undefined) {
      list = value.toLowerCase().split(/\s+/).flatMap((cls) => byClass.get(cls) ?? []);
      if (byClassValue.size >= MAX_CACHED_CLASS_VALUES) byClassValue.clear();
      byClassValue.set(value, list);
    }
    return list;
  };
  return (tag, attrs) => {
    if (any(byTag.get(tag), tag, attrs) || (rest.length > 0 && any(rest, tag, attrs))) return true;
    for (const k in attrs) {
      if (k.length !== 2 && k.length !== 5) continue;
      const name = k.toLowerCase();
      if (name === 'id' && any(byId.get(attrs[k]!.toLowerCase()), tag, attrs)) return true;
      if (name === 'class') {
        const list = classCandidates(attrs[k]!);
        if (list.length > 0 && any(list, tag, attrs)) return true;
      }
    }
    return false;
  };
}

/** Does `c` ask at least everything `k` asks, so every element `c` matches is one `k` keeps? */
export function covers(k: KeepCompound, c: KeepCompound): boolean {
  if (k.tag !== undefined && k.tag !== c.tag) return false;
  if (k.id !== undefined && k.id !== c.id) return false;
  return k.classes.every((x) => c.classes.includes(x)) && k.attrs.every((a) => c.attrs.includes(a) || (a === 'id' && c.id !== undefined) || (a === 'class' && c.classes.length > 0));
}
