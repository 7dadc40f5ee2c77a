/**
 * `sina-clean repair <dir|files...> [--dry-run] [--no-backup] [--backup-dir DIR] [--add keys]
 * [--jobs N]`: cleans the bodies of archived RSS posts in place. One bad file never stops
 * the run. With worker threads they read and repair; this thread backs up, writes and reports.
 */
import type { RepairArgs } from './args';
import { statSync } from 'node:fs';
import { Backup, backupStamp } from './backup';
import { CliError, EXIT_ERROR, EXIT_OK } from './errors';
import { expandInputs, POST_EXTENSIONS } from './inputs';
import type { CliIO } from './io';
import { Progress } from './progress';
import { fileLine, RepairTally } from './repair-report';
import { applyOutcome } from './repair-run';
import { OrderedWrites } from './repair-writes';
import type { InputFile } from './inputs';
import { eachInOrder } from './in-order';
import { planLinks } from './repair-links';
import { chooseJobs } from './jobs';
import type { RepairOutcome } from '../utils/repair/types';

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function runRepair(args: RepairArgs, io: CliIO, now = new Date()): Promise<number> {
  const dirs = args.inputs.filter((i) => i !== '-' && isDirectory(i));
  const plan = planLinks(expandInputs(args.inputs, POST_EXTENSIONS), dirs, POST_EXTENSIONS);
  const files = plan.posts;
  if (files.length === 0 && plan.skipped.length === 0) throw new CliError(`no posts (${POST_EXTENSIONS.join(', ')}) found in ${args.inputs.join(' ')}`);
  const backup = args.backup && !args.dryRun ? new Backup(backupStamp(now), args.backupDir) : undefined;
  backup?.check(files, dirs);
  const tally = new RepairTally();
  for (const { path, reason } of plan.skipped) {
    const outcome = { status: 'skipped', reason } as const;
    tally.add(outcome);
    io.out(`${fileLine(path, outcome, args.dryRun)}\n`);
  }
  const progress = new Progress({ write: io.err, isTTY: io.errIsTTY }, args.progress || io.errIsTTY, files.length);
  // Backups and writes stay in this thread, in input order, whichever thread read the post.
  const spec = {
    jobs: chooseJobs(args.jobs, files.length, 'repair'),
    init: { sinaCleanWorker: 'repair', options: { add: args.add } },
    task: (file: InputFile, id: number) => ({ id, path: file.path }),
    crashed: (reason: string): RepairOutcome => ({ status: 'failed', reason }),
  } as const;
  let reported = 0;
  const writes = new OrderedWrites<{ path: string; outcome: RepairOutcome }>(({ path, outcome }) => {
    tally.add(outcome);
    const line = fileLine(path, outcome, args.dryRun);
    if (line) {
      progress.clear();
      io.out(`${line}\n`);
    }
    progress.update(++reported, tally.status(args.dryRun));
  });
  await eachInOrder(files, spec, (_i, file, analysed) => {
    const target = plan.writeTo.get(file) ?? file.path;
    return writes.add(target, async (earlierDone) => ({ path: file.path, outcome: await applyOutcome(file, analysed, { dryRun: args.dryRun, backup, target, earlierDone }) }));
  });
  await writes.drain();
  progress.finish();
  for (const l of tally.summary(args.dryRun)) io.out(`${l}\n`);
  if (backup && tally.counts.repaired > 0) io.out(`Backups of the original posts: ${backup.roots().join(', ')}\n`);
  return tally.counts.failed > 0 ? EXIT_ERROR : EXIT_OK;
}
