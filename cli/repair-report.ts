/** Counts and wording of `sina-clean repair`: per-file lines and the closing summary. */
import type { RepairOutcome } from '../utils/repair/types';
import { oneLine } from './errors';

export type Status = RepairOutcome['status'];

export class RepairTally {
  readonly counts: Record<Status, number> = { repaired: 0, unchanged: 0, skipped: 0, failed: 0 };
  private readonly reasons: Record<'skipped' | 'failed', Map<string, number>> = { skipped: new Map(), failed: new Map() };

  add(outcome: RepairOutcome): void {
    this.counts[outcome.status]++;
    if (outcome.status === 'skipped' || outcome.status === 'failed') {
      const m = this.reasons[outcome.status];
      m.set(outcome.reason, (m.get(outcome.reason) ?? 0) + 1);
    }
  }

  /** `repaired 56 · unchanged 0 · skipped 1 · failed 0` (or `would repair` in a dry run). */
  status(dryRun: boolean): string {
    const c = this.counts;
    return `${dryRun ? 'would repair' : 'repaired'} ${c.repaired} · unchanged ${c.unchanged} · skipped ${c.skipped} · failed ${c.failed}`;
  }

  summary(dryRun: boolean): string[] {
    const lines = [`${dryRun ? 'Dry run, nothing written. ' : ''}${this.status(dryRun).replace(/ · /g, ', ')}`];
    for (const kind of ['skipped', 'failed'] as const) {
      for (const [reason, n] of this.reasons[kind]) lines.push(`  ${kind}: ${reason} (${n})`);
    }
    return lines;
  }
}

/**
 * One line per file that was (or would be) repaired, skipped or failed. Unchanged (already clean)
 * files get a line in a dry run only: a real run over thousands of repaired posts stays quiet.
 */
export function fileLine(path: string, outcome: RepairOutcome, dryRun: boolean): string | undefined {
  const name = oneLine(path, 500);
  switch (outcome.status) {
    case 'repaired':
      return `${dryRun ? 'would repair' : 'repaired'}  ${name}: ${outcome.changes.join('; ')}`;
    case 'skipped':
      return `skipped  ${name}: ${outcome.reason}`;
    case 'failed':
      return `failed   ${name}: ${outcome.reason}`;
    case 'unchanged':
      return dryRun ? `unchanged  ${name}: ${outcome.reason}` : undefined;
  }
}
