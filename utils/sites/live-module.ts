/**
 * The text of ./sina-live.ts: the live lists of the junk table (./sina-junk.ts JUNK), for the
 * always-on content script. The table's notes (what each selector is, where it was seen) would
 * cost that script about 1 KB of its 20 KB budget (tests/e2e/bundle.e2e.test.ts), so it gets
 * the two derived lists only. scripts/write-site-live.ts writes the file;
 * tests/core/site-registry.test.ts fails while the file differs from what the table gives.
 */
import { junkFor } from './sina-junk';
import type { JunkRule, OtherSiteRule } from './types';

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

const quoted = (sels: readonly string[]): string => sels.map((s) => `'${s}'`).join(', ');

/**
 * The text of ./others-live.ts: each other site's `hide` and `remove` rows, for the run-time
 * script that cleans a granted site (entrypoints/site-clean.ts), without the rows' notes.
 */
export function renderOthersLiveModule(sites: readonly OtherSiteRule[]): string {
  for (const s of sites.flatMap((x) => x.junk.map((j) => j.selector))) if (s.includes("'") || s.includes('\\')) throw new Error(`selector needs quoting: ${s}`);
  const rows = sites.map((s) => `  ${s.id}: { hide: [${quoted(junkFor(s.junk, 'hide'))}], remove: [${quoted(junkFor(s.junk, 'remove'))}] },\n`);
  return `/**
 * Written by scripts/write-site-live.ts from the other sites' junk tables (./<site>.ts): edit a
 * table, then run \`npx tsx scripts/write-site-live.ts\`. The run-time script of granted sites
 * reads these lists instead of the tables (./live-module.ts says why).
 */
import type { OtherSiteId } from './ids';

/** Per site: hidden on the live page under html[data-sfc-clean], removed inside the article root. */
export const OTHERS_LIVE: Readonly<Record<OtherSiteId, { hide: readonly string[]; remove: readonly string[] }>> = {
${rows.join('')}};
`;
}
