/** Contracts of the archive repair, shared by utils/repair and cli/repair. */

import type { FragmentResult } from '../clean-fragment';

/** What `cleanArtibody` (utils/clean-fragment.ts) learns while cleaning a body in place. */
export type FragmentInfo = FragmentResult;

/** Optional front matter keys the user can switch on (`--add editor,source,original_title,tags`). */
export const EXTRA_KEYS = ['editor', 'source', 'original_title', 'tags'] as const;
export type ExtraKey = (typeof EXTRA_KEYS)[number];

export interface RepairDeps {
  /** Parses a whole HTML document (linkedom in the CLI, any DOM in tests). */
  parseDocument: (html: string) => Document;
  /** Cleans a detached `#artibody` element in place: utils/clean-fragment.ts `cleanArtibody`. */
  cleanArtibody: (root: Element, baseUrl: string) => FragmentInfo;
}

export interface RepairOptions {
  add: readonly ExtraKey[];
}

export type RepairOutcome =
  | { status: 'repaired'; content: string; changes: string[] }
  | { status: 'unchanged'; reason: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };
