/**
 * The worker-thread side of `--jobs N` (cli/pool.ts): dist/cli.mjs started with a WorkerInit as
 * workerData (cli/main.ts checks for it). It loads its own jsdom once, then does one file per
 * message (loadHandler: read + convertPage, or read + repairPost, exactly what the main thread
 * does with `--jobs 1`); it never writes a file or prints a line.
 * Each file runs in its own macrotask (setImmediate), so what jsdom's NodeIterator WeakRefs keep
 * is freed between files (cli/yield.ts), and the sanitizer window is renewed as in the main thread.
 * Between files the worker collects garbage past the same heap ceiling as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { convertFile, loadConvertOptions, readInput } from './convert-file';
import type { ConvertResult } from './convert-file';
import { nodeRepairDeps } from './repair-deps';
import { analysePost } from './repair-run';
import type { RepairOutcome } from '../utils/repair/types';
import { collectPastCeiling } from './yield';
import type { Task, WorkerInit } from './worker-protocol';

export type Handler = (task: Task) => ConvertResult | RepairOutcome;

const noStdin = (): Buffer => {
  throw new Error('stdin is read by the main thread');
};

/** The work on one file, loaded once: the same in a worker thread and in the main thread (`--jobs 1`). */
export async function loadHandler(init: WorkerInit): Promise<Handler> {
  if (init.sinaCleanWorker === 'repair') {
    const deps = await nodeRepairDeps();
    return (task) => analysePost(task.path, init.options, deps);
  }
  const opts = await loadConvertOptions(init.options);
  return (task) => convertFile(() => task.bytes ?? readInput({ path: task.path }, noStdin), opts);
}

function serve(port: MessagePort, handle: Handler): void {
  const queue: Task[] = [];
  let scheduled = false;
  const step = (): void => {
    scheduled = false;
    collectPastCeiling();
    const task = queue.shift();
    if (task === undefined) return;
    port.postMessage({ id: task.id, result: handle(task) });
    if (queue.length > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(step);
  };
  port.on('message', (task: Task) => {
    queue.push(task);
    schedule();
  });
  port.postMessage({ ready: true });
}

export async function runWorker(): Promise<void> {
  const init = workerData as WorkerInit;
  serve(parentPort!, await loadHandler(init));
}
