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
/** Writes of this page not yet finished, and the watchers waiting for them to finish. */
let inFlight = 0;
const onSettled = new Set<() => void>();

function serial<T>(task: () => Promise<T>): Promise<T> {
  inFlight++;
  const settle = () => {
    if (--inFlight === 0) for (const release of [...onSettled]) release();
  };
  // Settled before the caller's await resumes, so held changes are out by then.
  const run = queue.then(task, task).finally(settle);
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

/**
 * Changes from storage, normalised. While this page's own writes are in flight, the changes they
 * cause are held and only the last is given when they finish: otherwise the echo of the first of
 * two quick changes (the reader's font, then its theme) arrives after the second was shown and
 * sets it back, and a slider being dragged jumps between old values.
 */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let held: { value: unknown } | null = null;
  const release = () => {
    if (!held) return;
    const { value } = held;
    held = null;
    cb(normalizeSettings(value));
  };
  onSettled.add(release);
  const off = item.watch((v) => {
    if (inFlight) held = { value: v };
    else cb(normalizeSettings(v));
  });
  return () => {
    off();
    onSettled.delete(release);
  };
}
