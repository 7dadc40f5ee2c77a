/**
 * The content script reads settings through lib/page/settings-lite.ts (no WXT storage wrapper, to
 * stay small); the popup writes them through lib/shared/settings-store.ts. Both must see the same
 * value.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, SETTINGS_KEY, watchSettingsLite } from '@/lib/page/settings-lite';
import { getSettings, updateSettings } from '@/lib/shared/settings-store';
import { DEFAULT_SETTINGS, type HostLists, toggleHost, type Settings } from '@/utils/settings';

const lists = ({ cleanDisabledHosts, autoReaderHosts }: Settings): HostLists => ({ cleanDisabledHosts, autoReaderHosts });

describe('settings-lite reads what settings-store writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(lists(DEFAULT_SETTINGS));
  });

  it('reads the value settings-store wrote', async () => {
    await updateSettings((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, 'news.sina.com.cn', true) }));
    expect(await readSettings()).toEqual(lists(await getSettings()));
    expect((await readSettings()).cleanDisabledHosts).toEqual(['news.sina.com.cn']);
  });

  it('normalises an older or corrupt stored value exactly as settings-store does', async () => {
    for (const raw of [{ cleanEnabled: false }, 'garbage', { reader: 7, autoReaderHosts: [1, 'Finance.Sina.cn'] }]) {
      await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: raw });
      expect(await readSettings()).toEqual(lists(await getSettings()));
    }
  });

  it('sees every change settings-store makes, normalised', async () => {
    const seen: HostLists[] = [];
    const off = watchSettingsLite((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, autoReaderHosts: ['finance.sina.com.cn'] }));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'another area, ignored' });
    off();
    await updateSettings((s) => ({ ...s, autoReaderHosts: [] }));
    expect(seen.map((s) => s.autoReaderHosts)).toEqual([['finance.sina.com.cn']]);
  });
});
