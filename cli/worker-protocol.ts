/**
 * What the main thread and its worker threads say to each other (cli/pool.ts, cli/worker.ts).
 * A worker is dist/cli.mjs itself started with a WorkerInit as its workerData.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RepairOptions } from '../utils/repair/types';
import type { Format } from './args';

export interface ConvertWorkerOptions {
  format: Format;
  json: boolean;
  url?: string;
}

export type WorkerInit =
  | { sinaCleanWorker: 'convert'; options: ConvertWorkerOptions }
  | { sinaCleanWorker: 'repair'; options: RepairOptions };

/** One file to do. `bytes` carries stdin (`-`), which only the main thread can read. */
export interface Task {
  id: number;
  path: string;
  bytes?: Uint8Array;
}

/** `ready` once the worker has loaded its DOM libraries; then one result per task. */
export type FromWorker<R> = { ready: true } | { id: number; result: R };

export function isWorkerInit(data: unknown): data is WorkerInit {
  if (typeof data !== 'object' || data === null || !('sinaCleanWorker' in data)) return false;
  return data.sinaCleanWorker === 'convert' || data.sinaCleanWorker === 'repair';
}

/** Whether this thread is a worker of cli/pool.ts (checked by cli/main.ts before loading cli/worker.ts). */
export function isSinaCleanWorker(): boolean {
  return !isMainThread && parentPort !== null && isWorkerInit(workerData);
}
