/** Contracts of the archive repair, shared by utils/repair and cli/repair. */

import type { FragmentResult } from '../clean-fragment';
import type { ExtraKey } from '../export/options';

/** What `cleanArtibody` (utils/clean-fragment.ts) learns while cleaning a body in place. */
export type FragmentInfo = FragmentResult;

/**
 * The export's extra keys (utils/export/presets.ts) that repair can fill from a post's body: not
 * `link` or `updated`, which the body does not hold. In the order `--add` lists them (cli/help.ts).
 */
export const REPAIR_EXTRA_KEYS = ['editor', 'source', 'original_title', 'tags'] as const satisfies readonly ExtraKey[];
export type RepairExtraKey = (typeof REPAIR_EXTRA_KEYS)[number];

export interface RepairDeps {
  /** Parses a whole HTML document (linkedom in the CLI, any DOM in tests). */
  parseDocument: (html: string) => Document;
  /** Cleans a detached `#artibody` element in place: utils/clean-fragment.ts `cleanArtibody`. */
  cleanArtibody: (root: Element, baseUrl: string) => FragmentInfo;
}

export interface RepairOptions {
  add: readonly RepairExtraKey[];
}

export type RepairOutcome =
  | { status: 'repaired'; content: string; changes: string[] }
  | { status: 'unchanged'; reason: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };
