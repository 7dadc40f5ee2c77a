/**
 * Read-only settings for the always-on content script, without WXT's storage wrapper (~9 KB
 * minified: the script must stay < 20 KB). Reads the very item lib/shared/settings-store.ts writes
 * (`storage.sync`, key `settings`) and normalises its two host lists with the same pure code
 * (`normalizeHostLists`: the same migration and host-list check as `normalizeSettings`); tests/ext/settings-lite.test.ts proves both sides agree. Writing stays in settings-store.
 */
import { browser } from 'wxt/browser';
import { type HostLists, normalizeHostLists, SETTINGS_STORAGE_KEY as SETTINGS_KEY } from '@/utils/settings';

export { SETTINGS_KEY };

export async function readSettings(): Promise<HostLists> {
  try {
    const got = await browser.storage.sync.get(SETTINGS_KEY);
    return normalizeHostLists(got[SETTINGS_KEY]);
  } catch {
    return normalizeHostLists(undefined); // storage unreadable: defaults, as settings-store does
  }
}

export function watchSettingsLite(cb: (s: HostLists) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) cb(normalizeHostLists(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
