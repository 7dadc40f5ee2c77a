/**
 * The latest batch ("save all open articles") as the background keeps it, so a popup opened
 * later shows where it is or how it ended; the store in browser storage is
 * lib/background/batch-store.ts, the one in a variable is here.
 */
import type { BatchProgress } from './batch-save';

export interface BatchState {
  /** Bumped on every change: a popup drops a message that a newer one overtook. */
  seq: number;
  /**
   * `interrupted`: the background stopped mid-batch (service worker ended, extension reloaded) or
   * listing the tabs threw; `progress` holds what was done before.
   */
  status: 'idle' | 'running' | 'done' | 'interrupted';
  /** `null` until the tabs are listed (and when no batch ran in this browser session). */
  progress: BatchProgress | null;
  error?: string;
}

export const IDLE: BatchState = { seq: 0, status: 'idle', progress: null };

export interface BatchStore {
  get(): Promise<BatchState>;
  set(state: BatchState): Promise<void>;
}

export function memoryStore(): BatchStore {
  let value = IDLE;
  return {
    get: async () => value,
    set: async (s) => {
      value = s;
    },
  };
}
