/**
 * The text of ./sina-live.ts: the live lists of the junk table (./sina-junk.ts JUNK), for the
 * always-on content script. The table's notes (what each selector is, where it was seen) would
 * cost that script about 1 KB of its 20 KB budget (tests/e2e/bundle.e2e.test.ts), so it gets
 * the two derived lists only. scripts/write-site-live.ts writes the file;
 * tests/core/site-registry.test.ts fails while the file differs from what the table gives.
 */
import { junkFor } from './sina-junk';
import type { JunkRule } from './types';

const list = (sels: readonly string[]): string => sels.map((s) => `  '${s}',\n`).join('');

export function renderLiveModule(junk: readonly JunkRule[]): string {
  for (const s of junk.map((j) => j.selector)) if (s.includes("'") || s.includes('\\')) throw new Error(`selector needs quoting: ${s}`);
  return `/**
 * Written by scripts/write-site-live.ts from the junk table (JUNK in ./sina-junk.ts): edit the
 * table, then run \`npx tsx scripts/write-site-live.ts\`. The always-on content script reads these
 * lists instead of the table (./live-module.ts says why).
 */

/** Hidden on the live page (every selector is scoped under html[data-sfc-clean]). */
export const LIVE_HIDE: readonly string[] = [
${list(junkFor(junk, 'hide'))}];

/** Removed from the live page inside the article root: ad frames that load and track. */
export const LIVE_REMOVE: readonly string[] = [
${list(junkFor(junk, 'remove'))}];
`;
}
