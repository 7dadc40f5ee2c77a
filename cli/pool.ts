/**
 * `--jobs N`: files done by N worker threads, results handed back IN INPUT ORDER (a reorder
 * buffer), so everything the main thread writes or prints is the same as with one thread.
 * One file per worker at a time (so a crash is charged to the file that caused it), and at most
 * WINDOW_PER_JOB × N files past the oldest unreported one (so one slow file cannot make the
 * buffer grow with the archive). A worker that dies (uncaught error, out of memory) turns its file
 * into `crashed(reason)` and is replaced; the run goes on. Every worker is terminated at the end.
 */
import { Worker } from 'node:worker_threads';
import { CliError, messageOf } from './errors';
import type { InputFile } from './inputs';
import type { FromWorker, Task, WorkerInit } from './worker-protocol';

export interface PoolSpec<R> {
  jobs: number;
  script: URL;
  init: WorkerInit;
  /** The message for file `id` (stdin is read here, by the main thread). */
  task(file: InputFile, id: number): Task;
  /** The result of a file whose worker died while doing it. */
  crashed(reason: string): R;
  /** Called once per file, in input order; may throw (the run then stops with that error). */
  onResult(index: number, file: InputFile, result: R): void;
}

const WINDOW_PER_JOB = 4;

/** Why a worker ended, in one line (a page too big for the heap is the likely one: ERR_WORKER_OUT_OF_MEMORY). */
function exitReason(err: unknown, code: number): string {
  if (err === undefined) return `exited with code ${code}`;
  const errCode = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  return errCode === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory (JavaScript heap limit reached)' : messageOf(err);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy?: number;
  error?: unknown;
}

export function runPool<R>(files: readonly InputFile[], spec: PoolSpec<R>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const results = new Map<number, R>();
    const slots = new Set<Slot>();
    const window = WINDOW_PER_JOB * spec.jobs;
    let next = 0;
    let reported = 0;
    let stopping = false;

    const stop = (err?: unknown): void => {
      if (stopping) return;
      stopping = true;
      void Promise.allSettled([...slots].map((s) => s.worker.terminate())).then(() => (err === undefined ? resolve() : reject(err)));
    };
    const dispatch = (): void => {
      for (const slot of slots) {
        if (stopping || !slot.ready || slot.busy !== undefined || next >= files.length || next >= reported + window) continue;
        const id = next++;
        slot.busy = id;
        try {
          slot.worker.postMessage(spec.task(files[id]!, id));
        } catch (err) {
          slot.busy = undefined;
          settle(id, spec.crashed(messageOf(err)));
        }
      }
    };
    const settle = (id: number, result: R): void => {
      results.set(id, result);
      try {
        while (results.has(reported)) {
          const r = results.get(reported) as R;
          results.delete(reported);
          spec.onResult(reported, files[reported]!, r);
          reported++;
        }
      } catch (err) {
        stop(err);
        return;
      }
      if (reported === files.length) stop();
      else dispatch();
    };
    const spawn = (): void => {
      const slot: Slot = { worker: new Worker(spec.script, { workerData: spec.init }), ready: false };
      slots.add(slot);
      slot.worker.on('message', (m: FromWorker<R>) => {
        if ('ready' in m) slot.ready = true;
        else {
          slot.busy = undefined;
          settle(m.id, m.result);
        }
        dispatch();
      });
      slot.worker.on('error', (err) => void (slot.error = err));
      slot.worker.on('exit', (code) => {
        slots.delete(slot);
        if (stopping) return;
        const why = exitReason(slot.error, code);
        if (!slot.ready) return stop(new CliError(`a worker thread could not start: ${why}`));
        spawn();
        if (slot.busy !== undefined) settle(slot.busy, spec.crashed(`worker thread stopped: ${why}`));
      });
    };

    if (files.length === 0) return resolve();
    for (let i = 0; i < spec.jobs; i++) spawn();
  });
}
