/**
 * How many worker threads a run uses (`--jobs N`, cli/pool.ts). 1 means no worker at all: the
 * files are done in the main thread, as before workers existed.
 */
import { availableParallelism } from 'node:os';

/**
 * Default ceiling. Each worker holds its own jsdom (the sanitizer window, the Readability parse):
 * measured RSS (scripts/bench-repair.ts, README "Speed") grows by ~XX MB a worker, so 8 workers
 * stay under ~1 GB, and machines with more cores than that are rare among the people who run this.
 */
export const MAX_DEFAULT_JOBS = 8;

/**
 * Below this many files the default is one thread: a worker needs ~0.7 s to start (loading jsdom),
 * which the main thread pays too, but ... (measured, see README "Speed").
 */
export const MIN_FILES_FOR_WORKERS = 16;

/** The jobs of a run over `files` files: what was asked for, or the default; never more than the files. */
export function chooseJobs(requested: number | undefined, files: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS, files));
}

/**
 * The script a worker runs: the bundle itself (dist/cli.mjs), set by cli/main.ts. Code that runs the
 * commands in process (tests, scripts/bench*.ts) leaves it unset, and then the run uses no workers.
 */
let script: URL | undefined;

export function setWorkerScript(url: URL): void {
  script = url;
}

export function workerScript(): URL | undefined {
  return script;
}
