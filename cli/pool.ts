/**
 * `--jobs N`: files done by N worker threads, results handed back IN INPUT ORDER (a reorder
 * buffer), so everything the main thread writes or prints is the same as with one thread.
 * One file per worker at a time (so a crash is charged to the file that caused it), and at most
 * WINDOW_PER_JOB × N files past the oldest unreported one (so one slow file cannot make the
 * buffer grow with the archive). A worker that dies (uncaught error, out of memory) turns its file
 * into `crashed(reason)` and is replaced; the run goes on. Every worker is terminated at the end.
 * Each worker's heap is capped (cli/jobs.ts workerHeapMb): a page too big ends its worker, not the process.
 */
import { Worker } from 'node:worker_threads';
import { CliError, messageOf } from './errors';
import { workerHeapMb } from './jobs';
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
  /**
   * Called once per file, in input order; may throw (the run then stops with that error). A
   * promise it returns holds the next result (and, through the window, the workers) until it
   * settles; a rejected one stops the run.
   */
  onResult(index: number, file: InputFile, result: R): Promise<void> | void;
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

class OrderedPool<R> {
  private readonly results = new Map<number, R>();
  private readonly slots = new Set<Slot>();
  private readonly window: number;
  private next = 0;
  private reported = 0;
  private stopping = false;
  /** onResult's promise is pending: results wait in the buffer. */
  private held = false;

  constructor(
    private readonly files: readonly InputFile[],
    private readonly spec: PoolSpec<R>,
    private readonly done: (err?: unknown) => void,
  ) {
    this.window = WINDOW_PER_JOB * spec.jobs;
    for (let i = 0; i < spec.jobs; i++) this.spawn();
  }

  /** Ends the run: every worker terminated (none may keep the process alive), then done. */
  private stop(err?: unknown): void {
    if (this.stopping) return;
    this.stopping = true;
    void Promise.allSettled([...this.slots].map((s) => s.worker.terminate())).then(() => this.done(err));
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.spec.script, {
        workerData: this.spec.init,
        resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(this.spec.jobs) },
      });
    } catch (err) {
      return this.stop(new CliError(`cannot start a worker thread: ${messageOf(err)}`));
    }
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (m: FromWorker<R>) => {
      if ('ready' in m) slot.ready = true;
      else {
        slot.busy = undefined;
        this.settle(m.id, m.result);
      }
      this.dispatch();
    });
    worker.on('error', (err) => void (slot.error = err));
    worker.on('exit', (code) => this.exited(slot, code));
  }

  /** A worker ended on its own: its file (if any) is charged with the reason, and a new one starts. */
  private exited(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (this.stopping) return;
    const why = exitReason(slot.error, code);
    if (!slot.ready) return this.stop(new CliError(`a worker thread could not start: ${why}`));
    this.spawn();
    if (slot.busy !== undefined) this.settle(slot.busy, this.spec.crashed(`worker thread stopped: ${why}`));
  }

  /** Gives idle workers the next files, never more than `window` past the oldest unreported one. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.stopping || !slot.ready || slot.busy !== undefined) continue;
      if (this.next >= this.files.length || this.next >= this.reported + this.window) return;
      const id = this.next++;
      slot.busy = id;
      try {
        slot.worker.postMessage(this.spec.task(this.files[id]!, id));
      } catch (err) {
        slot.busy = undefined;
        this.settle(id, this.spec.crashed(messageOf(err)));
      }
    }
  }

  /** Stores a result and reports every result now in order (the reorder buffer). */
  private settle(id: number, result: R): void {
    this.results.set(id, result);
    this.report();
  }

  private report(): void {
    if (this.held || this.stopping) return;
    try {
      while (this.results.has(this.reported)) {
        const r = this.results.get(this.reported) as R;
        this.results.delete(this.reported);
        const held = this.spec.onResult(this.reported, this.files[this.reported]!, r);
        this.reported++;
        if (held) {
          this.held = true;
          held.then(() => {
            this.held = false;
            this.report();
          }, (err: unknown) => this.stop(err));
          return;
        }
      }
    } catch (err) {
      return this.stop(err);
    }
    if (this.reported === this.files.length) this.stop();
    else this.dispatch();
  }
}

export function runPool<R>(files: readonly InputFile[], spec: PoolSpec<R>): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    new OrderedPool(files, spec, (err) => (err === undefined ? resolve() : reject(err)));
  });
}
