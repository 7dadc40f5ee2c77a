/**
 * Settings in browser storage (`storage.sync`: small values, within its quotas). Everything that
 * reads settings goes through here, so a corrupt or older stored value is normalised in one place.
 * One compact item: the caps in utils/settings*.ts keep it under 8 KB (tests/settings asserts the
 * worst case), and writes check the size so a sync quota error never surprises the user.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_STORAGE_KEY as KEY,
  syncItemBytes,
  SYNC_ITEM_QUOTA,
  type Settings,
} from '@/utils/settings';

const item = storage.defineItem<unknown>(`sync:${KEY}`, { fallback: DEFAULT_SETTINGS });

export class SettingsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`settings take ${bytes} bytes; storage.sync allows ${SYNC_ITEM_QUOTA} per item`);
  }
}

export async function getSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await item.getValue());
  } catch {
    // Storage unreadable (e.g. sync disabled by policy): run on defaults rather than not at all.
    return normalizeSettings(undefined);
  }
}

async function write(next: Settings): Promise<Settings> {
  const bytes = syncItemBytes(KEY, next);
  if (bytes > SYNC_ITEM_QUOTA) throw new SettingsTooLargeError(bytes);
  await item.setValue(next);
  return next;
}

/**
 * Read-modify-write calls run one after another: two quick changes (the options page stores every
 * field as it changes) must not read the same old value and lose the first write.
 */
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return serial(async () => write(normalizeSettings(change(await getSettings()))));
}

/** Replaces everything (an imported settings file); the value is normalised (and migrated) first. */
export function replaceSettings(raw: unknown): Promise<Settings> {
  return serial(() => write(normalizeSettings(raw)));
}

export function resetSettings(): Promise<Settings> {
  return serial(() => write(normalizeSettings(undefined)));
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(normalizeSettings(v)));
}
