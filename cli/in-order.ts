/**
 * The files of a run, each done once and reported IN INPUT ORDER: by `jobs` worker threads
 * (cli/pool.ts) or, with one job (or no worker script: tests, benches), here in the main thread.
 * Both do the same work per file (cli/worker.ts loadHandler); only the caller writes and prints.
 */
import type { InputFile } from './inputs';
import { workerScript } from './jobs';
import { runPool } from './pool';
import { loadHandler } from './worker';
import type { Task, WorkerInit } from './worker-protocol';
import { FILES_PER_TURN, turnEventLoop } from './yield';

export interface InOrderSpec<R> {
  jobs: number;
  init: WorkerInit;
  /** The message for file `id` (stdin, `-`, is read here: only the main thread can). */
  task(file: InputFile, id: number): Task;
  /** The result of a file whose worker thread died while doing it. */
  crashed(reason: string): R;
}

/**
 * `report` is called once per file, in input order; when it returns a promise, the next file's
 * result waits for it (so a caller that writes can hold the run back: cli/repair-writes.ts).
 */
export async function eachInOrder<R>(files: readonly InputFile[], spec: InOrderSpec<R>, report: (i: number, file: InputFile, result: R) => Promise<void> | void): Promise<void> {
  const script = workerScript();
  if (spec.jobs > 1 && script) return runPool(files, { ...spec, script, onResult: report });
  const handle = await loadHandler(spec.init);
  for (const [i, file] of files.entries()) {
    const held = report(i, file, handle(spec.task(file, i)) as R);
    if (held) await held;
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await turnEventLoop();
  }
}
