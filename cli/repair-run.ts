/**
 * Repairs one file on disk: read, classify binary/invalid text, run the pure repairPost, back up
 * and write atomically. Never throws: every problem becomes a 'failed' outcome with a reason.
 * Two halves, so a worker thread can do the first (cli/pool.ts) and the main thread the second.
 */
import { readFileSync } from 'node:fs';
import { repairPost } from '../utils/repair/repair-post';
import type { RepairDeps, RepairOptions, RepairOutcome } from '../utils/repair/types';
import type { Backup } from './backup';
import { looksBinary } from './decode';
import { messageOf } from './errors';
import type { InputFile } from './inputs';
import { writeAtomic } from './write-file';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readPost(path: string): { text?: string; outcome?: RepairOutcome } {
  const buf = readFileSync(path);
  if (looksBinary(buf)) return { outcome: { status: 'skipped', reason: 'binary file, not a post' } };
  try {
    return { text: strictUtf8.decode(buf) };
  } catch {
    return { outcome: { status: 'failed', reason: 'not UTF-8 text' } };
  }
}

/** Read + the pure repairPost: what would change (a worker thread's part with `--jobs N`). */
export function analysePost(path: string, opts: RepairOptions, deps: RepairDeps): RepairOutcome {
  try {
    const { text, outcome } = readPost(path);
    if (outcome || text === undefined) return outcome ?? { status: 'failed', reason: 'unreadable' };
    return repairPost(text, opts, deps);
  } catch (err) {
    return { status: 'failed', reason: messageOf(err) };
  }
}

/** Backup + atomic write of a repaired post (always the main thread's part: backups are one folder). */
export function applyOutcome(file: InputFile, outcome: RepairOutcome, dryRun: boolean, backup?: Backup): RepairOutcome {
  if (outcome.status !== 'repaired' || dryRun) return outcome;
  try {
    backup?.save(file);
    writeAtomic(file.path, outcome.content);
    return outcome;
  } catch (err) {
    return { status: 'failed', reason: messageOf(err) };
  }
}
