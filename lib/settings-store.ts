/**
 * Settings in browser storage (`storage.sync`: small values, within its quotas). Everything that
 * reads settings goes through here, so a corrupt or older stored value is normalised in one place.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/utils/settings';

const item = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS });

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await item.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await item.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(normalizeSettings(v)));
}
