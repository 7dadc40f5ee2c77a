import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  replaceSettings,
  resetSettings,
  SettingsTooLargeError,
  updateSettings,
  watchSettings,
} from '@/lib/shared/settings-store';
import { DEFAULT_SETTINGS, toggleHost, type Settings } from '@/utils/settings';

describe('settings store (storage.sync through the fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads an older v0 value and writes it back migrated on the next update', async () => {
    await fakeBrowser.storage.sync.set({ settings: { cleanEnabled: false, format: 'html', saveImages: true } });
    const s = await getSettings();
    expect(s.cleanDisabledHosts).toEqual(['finance.sina.com.cn', 'finance.sina.cn']);
    expect(s.defaultPreset).toBe('html');
    expect(s.images.mode).toBe('local');
    await updateSettings((x) => ({ ...x, autoReaderHosts: toggleHost(x.autoReaderHosts, 'finance.sina.cn', true) }));
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
    expect(stored.version).toBe(2);
    expect(stored).not.toHaveProperty('cleanEnabled');
    expect(stored.autoReaderHosts).toEqual(['finance.sina.cn']);
  });

  it('falls back cleanly on a corrupt stored value', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{"version":2,' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { version: 2, reader: 'x', presets: [1], images: null } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about every change, normalised', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, images: { ...s.images, mode: 'local' } }));
    await fakeBrowser.storage.sync.set({ settings: { format: 'md' } }); // another device wrote an old shape
    stop();
    await updateSettings((s) => ({ ...s, defaultPreset: 'html' }));
    expect(seen.map((s) => [s.images.mode, s.defaultPreset])).toEqual([
      ['local', 'hexo'],
      ['remote', 'markdown'],
    ]);
  });

  it('two quick changes: a watcher never goes back to the state between them', async () => {
    // The reader picks a font, then a theme, without waiting; the first write's change event
    // must not show the old theme again after the new one was shown.
    const seen: [string, string][] = [];
    const stop = watchSettings((s) => seen.push([s.reader.font, s.reader.theme]));
    await Promise.all([
      updateSettings((s) => ({ ...s, reader: { ...s.reader, font: 'serif' } })),
      updateSettings((s) => ({ ...s, reader: { ...s.reader, theme: 'dark' } })),
    ]);
    stop();
    expect(seen).toEqual([['serif', 'dark']]);
    // Another page's change is still given at once.
    const again: string[] = [];
    const stop2 = watchSettings((s) => again.push(s.defaultPreset));
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, defaultPreset: 'markdown' } });
    stop2();
    expect(again).toEqual(['markdown']);
  });

  it('replace normalises imported values; reset restores the defaults', async () => {
    const s = await replaceSettings({ version: 2, defaultPreset: 'markdown', presets: { markdown: { dateFormat: 'iso' } } });
    expect(s.presets).toEqual({ markdown: { dateFormat: 'iso' } });
    expect((await getSettings()).defaultPreset).toBe('markdown');
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('never writes an item over the sync quota (the caps make it unreachable; the guard still holds)', async () => {
    expect(new SettingsTooLargeError(9000).message).toContain('8192');
    const s = await updateSettings((x) => ({ ...x, cleanDisabledHosts: Array.from({ length: 500 }, (_, i) => `h${i}.sina.cn`) }));
    expect(s.cleanDisabledHosts.length).toBe(24);
  });
});

describe('concurrent updates', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two quick changes both land (no lost update)', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, presets: { ...s.presets, hexo: { ...s.presets.hexo, author: 'a' } } })),
      updateSettings((s) => ({ ...s, presets: { ...s.presets, hexo: { ...s.presets.hexo, filenamePattern: '{docid}' } } })),
      updateSettings((s) => ({ ...s, defaultPreset: 'markdown' })),
    ]);
    const s = await getSettings();
    expect(s.presets).toEqual({ hexo: { author: 'a', filenamePattern: '{docid}' } });
    expect(s.defaultPreset).toBe('markdown');
  });

  it('a failed update does not block the next one', async () => {
    await expect(updateSettings(() => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect((await updateSettings((s) => ({ ...s, defaultPreset: 'html' }))).defaultPreset).toBe('html');
  });
});
