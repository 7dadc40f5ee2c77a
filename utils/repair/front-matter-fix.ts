/**
 * The front matter changes of a repair: broken quoting re-written, QR lead images fixed or
 * dropped, the optional keys the user switched on appended. Keys, order and every other line stay.
 */
import { parse } from 'yaml';
import type { PostFrontMatter } from './front-matter';
import { rewriteFrontMatter } from './front-matter';
import { isJunkLeadImage } from './images';
import type { CleanedBody } from './clean-body';
import { SINA_BASE_URL } from './clean-body';
import type { FragmentInfo, RepairExtraKey } from './types';

interface OutEntry {
  key: string;
  value: unknown;
  lines?: string[];
}

const LEAD_IMAGE_KEYS = new Set(['headimg', 'thumbnail']);

function extraValue(key: RepairExtraKey, info: FragmentInfo): unknown {
  const v = { editor: info.editor, source: info.source, original_title: info.originalTitle, tags: info.tags }[key];
  if (Array.isArray(v)) return v.length > 0 ? v : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function fixLeadImage(entry: OutEntry, body: CleanedBody, changes: string[]): OutEntry | null {
  if (typeof entry.value !== 'string') return entry;
  const after = new Set(body.imagesAfter);
  if (!isJunkLeadImage(entry.value, body.imagesBefore, after, SINA_BASE_URL)) return entry;
  const lead = body.info.leadImage ?? body.imagesAfter[0];
  changes.push(lead ? `${entry.key}: QR image → first article picture` : `${entry.key}: QR image dropped (no picture)`);
  return lead ? { key: entry.key, value: lead } : null;
}

/**
 * An entry kept as it was may alias (`*qr`) an anchor (`&qr`) of an entry just re-written or
 * dropped, whose new lines no longer define it: such entries are written out with their values.
 */
function writeOutAliases(fm: PostFrontMatter, out: OutEntry[], changes: string[]): void {
  const kept = new Set(out.filter((e) => e.lines !== undefined).map((e) => e.key));
  const lost = new Set(fm.entries.filter((e) => !kept.has(e.key)).flatMap((e) => e.anchors ?? []));
  if (lost.size === 0) return;
  for (const [i, e] of out.entries()) {
    const orig = fm.entries.find((o) => o.key === e.key);
    const alias = orig?.aliases?.find((a) => lost.has(a));
    if (e.lines === undefined || alias === undefined) continue;
    out[i] = { key: e.key, value: e.value };
    changes.push(`${e.key}: alias *${alias} written out (its anchor was re-written)`);
  }
}

export interface FixedFrontMatter {
  block: string;
  /** What the block must parse back to. */
  values: Record<string, unknown>;
}

export function fixFrontMatter(
  fm: PostFrontMatter,
  body: CleanedBody,
  add: readonly RepairExtraKey[],
  changes: string[],
): FixedFrontMatter {
  const out: OutEntry[] = [];
  for (const e of fm.entries) {
    let entry: OutEntry | null = e.recovered ? { key: e.key, value: e.value } : { key: e.key, value: e.value, lines: e.lines };
    if (e.recovered) changes.push(`${e.key}: re-quoted (broken YAML quoting)`);
    if (LEAD_IMAGE_KEYS.has(e.key)) entry = fixLeadImage(entry, body, changes);
    if (e.unknownTag && entry?.lines === undefined) changes.push(`${e.key}: unknown YAML tag ${e.unknownTag} dropped (read as plain text)`);
    if (entry) out.push(entry);
  }
  writeOutAliases(fm, out, changes);
  for (const key of add) {
    const value = extraValue(key, body.info);
    if (value === undefined || out.some((e) => e.key === key)) continue;
    out.push({ key, value });
    changes.push(`+${key}`);
  }
  return { block: rewriteFrontMatter(out), values: Object.fromEntries(out.map((e) => [e.key, e.value])) };
}

/** True when `block` parses with `yaml` to exactly `expected` (key order included). */
export function frontMatterRoundTrips(block: string, expected: Record<string, unknown>): boolean {
  try {
    const got: unknown = parse(block, { logLevel: 'silent' });
    return JSON.stringify(got ?? {}) === JSON.stringify(expected);
  } catch {
    return false;
  }
}
