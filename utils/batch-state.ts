/**
 * Where the background keeps the latest batch ("save all open Sina articles") so a popup opened
 * later shows where it is or how it ended. `storage.session` (Chrome MV3 102+, Firefox 115+)
 * outlives a stopped MV3 service worker and is gone when the browser closes; where it is missing,
 * a variable in the background does (a persistent background page is not stopped).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
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

/** One versioned item in `storage.session`; an unreadable value counts as "no batch". */
export function sessionStore(): BatchStore {
  const item = storage.defineItem<BatchState>('session:batchState', { fallback: IDLE, version: 1 });
  return {
    get: async () => {
      const v = await item.getValue().catch(() => IDLE);
      return typeof v?.seq === 'number' && typeof v.status === 'string' ? v : IDLE;
    },
    set: (s) => item.setValue(s),
  };
}

export function defaultBatchStore(): BatchStore {
  return browser.storage.session ? sessionStore() : memoryStore();
}
