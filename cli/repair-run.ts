/**
 * Repairs one file on disk: read, classify binary/invalid text, run the pure repairPost, back up
 * and write atomically. Never throws: every problem becomes a 'failed' outcome with a reason.
 * Two halves, so a worker thread can do the first (cli/pool.ts) and the main thread the second.
 */
import { readFileSync, statSync } from 'node:fs';
import { repairPost } from '../utils/repair/repair-post';
import type { RepairDeps, RepairOptions, RepairOutcome } from '../utils/repair/types';
import type { Backup } from './backup';
import { looksBinary } from './decode';
import { causeOf, describeError, isNoSpace, messageOf, oneLine } from './errors';
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
    return { status: 'failed', reason: describeError(err) };
  }
}

/**
 * What the report must say besides the changes: the rename gives this name a file of its own, so
 * other hard links to the post keep the old text (they are not lost, and a post among them in the
 * folder is repaired in its turn); and a named link is written through to its target.
 */
function notes(path: string, target: string): string[] {
  const out: string[] = [];
  if (target !== path) out.push(`written through the link to ${oneLine(target, 300)}`);
  const links = statSync(target).nlink;
  if (links > 1) out.push(`hard link broken: the ${links - 1} other name${links > 2 ? 's' : ''} of this file keep${links > 2 ? '' : 's'} the old text`);
  return out;
}

export interface ApplyOptions {
  dryRun: boolean;
  backup?: Backup;
  /** Where the post is written: a named link's target (cli/repair-links.ts); the post by default. */
  target?: string;
  /**
   * Resolves when the writes started before this one are done. A write that finds the disk full
   * waits for it and tries once more: those writes' temp files held room that their renames free
   * (cli/repair-writes.ts), so a post fails for want of room only when written alone.
   */
  earlierDone?: () => Promise<void>;
}

/**
 * Backup + atomic write of a repaired post (always the main thread's part: backups are one folder).
 * Everything but the flush to disk is done before this returns (cli/repair-writes.ts).
 */
export async function applyOutcome(file: InputFile, outcome: RepairOutcome, opts: ApplyOptions): Promise<RepairOutcome> {
  if (outcome.status !== 'repaired') return outcome;
  const { backup, target = file.path } = opts;
  let done: RepairOutcome;
  try {
    done = { ...outcome, changes: [...outcome.changes, ...notes(file.path, target)] };
  } catch (err) {
    return { status: 'failed', reason: describeError(err) };
  }
  if (opts.dryRun) return done;
  for (let retry = opts.earlierDone; ; retry = undefined) {
    let saved: string | undefined;
    try {
      saved = backup?.save(file, target);
    } catch (err) {
      // The reason names the backup folder, not the post (the line does): the summary groups reasons.
      const where = backup ? ` in ${oneLine(backup.folderOf(file), 300)}` : '';
      return { status: 'failed', reason: `no backup could be made${where}: ${causeOf(err) ?? messageOf(err)}; the post is unchanged` };
    }
    try {
      await writeAtomic(target, outcome.content);
      return done;
    } catch (err) {
      if (saved !== undefined) backup?.discard(saved);
      if (retry && isNoSpace(err)) {
        await retry();
        continue;
      }
      return { status: 'failed', reason: `not written: ${causeOf(err) ?? messageOf(err)}; the post is unchanged` };
    }
  }
}
