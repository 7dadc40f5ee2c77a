/**
 * Where the background keeps the latest batch. `storage.session` (Chrome MV3 102+, Firefox 115+)
 * outlives a stopped MV3 service worker and is gone when the browser closes; where it is missing,
 * a variable in the background does (a persistent background page is not stopped).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { IDLE, memoryStore, type BatchState, type BatchStore } from '@/utils/batch-state';

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
