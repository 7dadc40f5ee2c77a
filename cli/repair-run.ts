/**
 * Repairs one file on disk: read, classify binary/invalid text, run the pure repairPost, back up
 * and write atomically. Never throws: every problem becomes a 'failed' outcome with a reason.
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

export interface FileJob {
  file: InputFile;
  dryRun: boolean;
  backup?: Backup;
  opts: RepairOptions;
  deps: RepairDeps;
}

function readPost(path: string): { text?: string; outcome?: RepairOutcome } {
  const buf = readFileSync(path);
  if (looksBinary(buf)) return { outcome: { status: 'skipped', reason: 'binary file, not a post' } };
  try {
    return { text: strictUtf8.decode(buf) };
  } catch {
    return { outcome: { status: 'failed', reason: 'not UTF-8 text' } };
  }
}

export function repairFile(job: FileJob): RepairOutcome {
  try {
    const { text, outcome } = readPost(job.file.path);
    if (outcome || text === undefined) return outcome ?? { status: 'failed', reason: 'unreadable' };
    const result = repairPost(text, job.opts, job.deps);
    if (result.status !== 'repaired' || job.dryRun) return result;
    job.backup?.save(job.file);
    writeAtomic(job.file.path, result.content);
    return result;
  } catch (err) {
    return { status: 'failed', reason: messageOf(err) };
  }
}
