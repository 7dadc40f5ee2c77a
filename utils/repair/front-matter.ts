/**
 * Tolerant reader and safe writer for the front matter of archived Hexo posts.
 *
 * The RSS→Hexo generator behind the archive (see ../shared/corpus/posts/SOURCES.md) wrote titles as
 * `title: '<raw title>'` without escaping, so a title holding a `'` breaks YAML
 * (`title: '他说"稳增长"是'关键''`). The reader parses the block as ONE YAML document (so anchors
 * and aliases across entries resolve); when that fails it parses entry by entry and recovers the raw
 * text between the outer quotes of a single-quoted line that a YAML parser rejects. The writer only
 * re-emits entries that must change (with the `yaml` library); every other line stays byte for byte.
 */
import { isMap, isScalar, parse, parseDocument, visit } from 'yaml';
import { stringifyFrontMatterEntries } from '../front-matter-yaml';
import type { Node, Pair } from 'yaml';

export interface FrontMatterEntry {
  key: string;
  /** The entry's lines exactly as found (the key line plus its indented/list continuation lines). */
  lines: string[];
  value: unknown;
  /** True when strict YAML rejected the entry and the raw quoted text was recovered instead. */
  recovered: boolean;
  /** A tag the `yaml` library does not know (`!custom`): the value was read as plain text. */
  unknownTag?: string;
  /** Anchors (`&name`) defined in this entry's value, and anchors its aliases (`*name`) point to. */
  anchors?: string[];
  aliases?: string[];
}

export interface PostFrontMatter {
  entries: FrontMatterEntry[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:(.*)$/;

/** Groups the lines of a front matter block into top-level entries; null when a line fits no entry. */
function groupEntries(lines: string[]): { key: string; lines: string[] }[] | null {
  const groups: { key: string; lines: string[] }[] = [];
  for (const line of lines) {
    const m = KEY_LINE.exec(line);
    if (m?.[1]) groups.push({ key: m[1], lines: [line] });
    else if (line.trim() === '' || line.trimStart().startsWith('#')) groups.at(-1)?.lines.push(line);
    else if (/^[ \t-]/.test(line) && groups.length > 0) groups.at(-1)?.lines.push(line);
    else return null;
  }
  return groups;
}

/** The raw text of `key: '<anything>'` when the generator did not escape inner quotes. */
function recoverSingleQuoted(line: string): string | undefined {
  const m = /^[A-Za-z_][\w-]*\s*:\s*'(.*)'\s*$/.exec(line);
  return m ? m[1] : undefined;
}

function parseEntry(key: string, lines: string[]): FrontMatterEntry | null {
  try {
    const obj: unknown = parse(lines.join('\n'), { logLevel: 'error' });
    if (obj && typeof obj === 'object' && key in obj) {
      return { key, lines, value: (obj as Record<string, unknown>)[key], recovered: false };
    }
  } catch {
    // Falls through to the recovery below: the archive's unescaped single quotes.
  }
  const raw = lines.length === 1 && lines[0] !== undefined ? recoverSingleQuoted(lines[0]) : undefined;
  return raw === undefined ? null : { key, lines, value: raw, recovered: true };
}

/** What an entry's value holds that ties it to other entries or the reader: anchors, aliases, unknown tags. */
function inspectValue(node: unknown, warned: readonly string[]): Pick<FrontMatterEntry, 'unknownTag' | 'anchors' | 'aliases'> {
  const anchors: string[] = [];
  const aliases: string[] = [];
  let tag: string | undefined;
  visit(node as Node, {
    Alias(_, a) {
      aliases.push(a.source);
    },
    Node(_, n) {
      if (n.anchor) anchors.push(n.anchor);
      if (n.tag && warned.some((w) => w.includes(`tag: ${n.tag}`))) tag = n.tag;
    },
  });
  return { ...(tag ? { unknownTag: tag } : {}), ...(anchors.length ? { anchors } : {}), ...(aliases.length ? { aliases } : {}) };
}

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The block read as one document: each top-level key with its own lines (from its key line to the
 * next key line, comments after it included, as groupEntries cuts them) and its resolved value.
 * Undefined when the document has errors (the tolerant reader then tries); null when it is no
 * mapping of plain keys, or its aliases blow up (the `yaml` library's alias limit).
 */
function readWhole(block: string): PostFrontMatter | null | undefined {
  const doc = parseDocument(block, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return undefined;
  if (doc.contents === null) return { entries: [] };
  if (!isMap(doc.contents)) return null;
  const pairs = doc.contents.items as Pair[];
  if (!pairs.every((p) => isScalar(p.key) && typeof p.key.value === 'string' && p.key.range)) return null;
  let values: Record<string, unknown>;
  try {
    values = doc.toJS() as Record<string, unknown>;
  } catch {
    return null;
  }
  const warned = doc.warnings.map((w) => w.message);
  const starts = pairs.map((p, i) => (i === 0 ? 0 : lineStart(block, (p.key as Node).range![0])));
  const entries = pairs.map((p, i): FrontMatterEntry => {
    const key = String((p.key as { value: unknown }).value);
    const next = starts[i + 1];
    const lines = (next === undefined ? block.slice(starts[i]) : block.slice(starts[i], next - 1)).split('\n');
    return { key, lines, value: values[key], recovered: false, ...inspectValue(p.value, warned) };
  });
  return { entries };
}

/** Reads a front matter block (without its `---` fences). Null when it cannot be read at all. */
export function readFrontMatter(block: string): PostFrontMatter | null {
  const whole = readWhole(block);
  if (whole !== undefined) return whole;
  const groups = groupEntries(block.split(/\r?\n/));
  if (!groups) return null;
  const entries: FrontMatterEntry[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (seen.has(g.key)) return null; // duplicate keys: not ours to guess which one Hexo meant
    seen.add(g.key);
    const entry = parseEntry(g.key, g.lines);
    if (!entry) return null;
    entries.push(entry);
  }
  return { entries };
}

export function getValue(fm: PostFrontMatter, key: string): unknown {
  return fm.entries.find((e) => e.key === key)?.value;
}

/**
 * One `key: value` entry as its lines, written by the same rule as an exported post's front matter
 * (utils/front-matter-yaml.ts), so a re-written entry reads like a freshly saved one.
 */
export function stringifyEntry(key: string, value: unknown): string[] {
  return stringifyFrontMatterEntries({ [key]: value }).replace(/\n$/, '').split('\n');
}

/** The front matter block (without fences) from entries: kept lines as they were, others re-written. */
export function rewriteFrontMatter(entries: { key: string; value: unknown; lines?: string[] }[]): string {
  return entries.flatMap((e) => e.lines ?? stringifyEntry(e.key, e.value)).join('\n');
}
