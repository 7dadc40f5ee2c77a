/**
 * How many worker threads a run uses (`--jobs N`, cli/pool.ts). 1 means no worker at all: the
 * files are done in the main thread, as before workers existed.
 */
import { availableParallelism, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * Default ceiling, measured on 1,060 posts (`repair --dry-run`, /usr/bin/time, 2-core machine):
 * peak RSS 0.45 GB with --jobs 1, 0.51 GB with 2, 0.88 GB with 4, 1.19 GB with 8 — each worker
 * holds its own jsdom and heap, ~110–190 MB. And the main thread's own part of a repair (backup,
 * atomic write, the line: ~0.5–1.2 ms a post) caps a run at ~800–2,000 posts/s, which 4–8
 * workers at ~190 posts/s each already reach: more would cost memory and gain nothing.
 */
export const MAX_DEFAULT_JOBS = 8;

/**
 * Below these many files the default is one thread. Workers start after the main thread has loaded
 * itself and then load the bundle and jsdom again: ready ~0.35–0.6 s later than the in-process path
 * on an idle machine, 1–2 s on a busy one. Measured break-even of `--jobs 2` against `--jobs 1` on
 * this 2-vCPU machine (best of 3, load average 2–5): Sina article pages, 128: 3.0 s vs 3.4 s, 240:
 * 4.1–4.2 s vs 3.9–4.2 s; posts (repair --dry-run), 256: 3.6 s vs 6.9 s, 512: 5.6 s vs 4.5 s. With
 * more cores a run gains sooner; these keep the default from making a run with real work slower.
 * (A no-op rerun, ~1 ms a post, gains nothing: 3,000 posts took 3.5 s with 2 workers, 3.1 s without.)
 */
export const MIN_FILES_FOR_WORKERS = { convert: 200, repair: 400 } as const;

export type JobKind = keyof typeof MIN_FILES_FOR_WORKERS;

/** The jobs of a run over `files` files: what was asked for, or the default; never more than the files. */
export function chooseJobs(requested: number | undefined, files: number, kind: JobKind, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < MIN_FILES_FOR_WORKERS[kind]) return 1;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS, files));
}

/**
 * The heap limit of each worker thread, in MB. V8 gives every thread by default the heap it would
 * give the whole process (a quarter of the machine's memory, up to ~4 GB), so N workers on a big
 * archive could together ask for more than the machine has, and the kernel would kill the whole
 * run. Capped so the workers' heaps together stay within half the memory, a page too big for its
 * worker ends only that worker (cli/pool.ts: the file becomes a 'failed' line naming the heap
 * limit, the run goes on). Never more than this thread's own limit, so `--max-old-space-size`
 * (which Node applies to workers as well, over resourceLimits) keeps its meaning.
 */
export function workerHeapMb(jobs: number, memoryBytes = totalmem(), ownLimitBytes = getHeapStatistics().heap_size_limit): number {
  const mb = 1024 * 1024;
  return Math.floor(Math.min(ownLimitBytes / mb, memoryBytes / mb / 2 / Math.max(1, jobs)));
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
