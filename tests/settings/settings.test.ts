import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isAutoReaderOn,
  isCleaningOn,
  MAX_HOSTS,
  normalizeHostLists,
  normalizeSettings,
  SETTINGS_VERSION,
  SYNC_ITEM_QUOTA,
  syncItemBytes,
  type Settings,
} from '@/utils/settings';
import { migrateSettings, V0_HOSTS } from '@/utils/settings-migrate';
import { EXTRA_KEYS } from '@/utils/export';
import { PRESET_LIMITS } from '@/utils/settings-presets';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored and for corrupt values', () => {
    for (const raw of [undefined, null, 'garbage', 42, [], [1, 2], true]) {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
    expect(DEFAULT_SETTINGS.version).toBe(2);
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('keeps valid current values untouched', () => {
    const s: Settings = {
      version: 2,
      cleanDisabledHosts: ['tech.sina.com.cn'],
      autoReaderHosts: ['finance.sina.cn'],
      listedHosts: ['blog.sina.com.cn'],
      reader: { theme: 'sepia', font: 'kai', fontSize: 20, lineHeight: 2, width: 42 },
      defaultPreset: 'markdown',
      presets: { markdown: { categories: ['读书'], articleCategories: false, author: '我', extraKeys: ['tags', 'link'], dateFormat: 'iso', filenamePattern: '{date}-{title}' } },
      images: { mode: 'local', folderPattern: 'assets/{name}' },
    };
    expect(normalizeSettings(structuredClone(s))).toEqual(s);
  });

  it('repairs each corrupt field on its own, keeping the valid ones', () => {
    const s = normalizeSettings({
      version: 2,
      cleanDisabledHosts: ['FINANCE.sina.com.cn', 'finance.sina.com.cn', 'bad host!', 7, 'x'.repeat(300)],
      autoReaderHosts: 'finance.sina.cn',
      listedHosts: ['Blog.Sina.com.cn', '', 'a b', 'blog.sina.com.cn'],
      reader: { theme: 'neon', font: 'serif', fontSize: 400, lineHeight: NaN, width: '40' },
      defaultPreset: '../../evil',
      presets: {
        hexo: { author: '  作者\u0000\n ', categories: ['a', 'a', '', 5, 'b'], extraKeys: ['tags', 'rm -rf', 'editor'], dateFormat: 'unix', filenamePattern: 'constant' },
        'BAD ID': { author: 'x' },
        html: 'nope',
      },
      images: { mode: 'ftp', folderPattern: '../../{name}' },
    });
    expect(s.cleanDisabledHosts).toEqual(['finance.sina.com.cn']);
    expect(s.autoReaderHosts).toEqual([]);
    expect(s.listedHosts).toEqual(['blog.sina.com.cn']);
    expect(s.reader).toEqual({ theme: 'auto', font: 'serif', fontSize: 32, lineHeight: 1.8, width: 38 });
    expect(s.defaultPreset).toBe('hexo');
    // extraKeys come back in the canonical order; a pattern naming no variable is dropped
    expect(s.presets).toEqual({ hexo: { author: '作者', categories: ['a', 'b'], extraKeys: ['tags', 'editor'] } });
    expect(s.images).toEqual({ mode: 'remote', folderPattern: '{name}' });
  });

  it('refuses image folders that climb out of the download folder or are absolute', () => {
    for (const p of ['../{name}', '/{name}', '\\{name}', 'C:\\{name}', 'a/../{name}', 'images']) {
      expect(normalizeSettings({ version: 2, images: { mode: 'local', folderPattern: p } }).images.folderPattern).toBe('{name}');
    }
    expect(normalizeSettings({ version: 2, images: { folderPattern: 'img/{docid}' } }).images.folderPattern).toBe('img/{docid}');
  });

  it('keeps settings from a newer version it does not know, reading what it understands', () => {
    const s = normalizeSettings({ version: 99, autoReaderHosts: ['finance.sina.cn'], futureThing: { a: 1 } });
    expect(s.version).toBe(2);
    expect(s.autoReaderHosts).toEqual(['finance.sina.cn']);
    expect(s).not.toHaveProperty('futureThing');
  });
});

describe('migrations', () => {
  const v0 = {
    cleanEnabled: false,
    autoReader: true,
    theme: 'system',
    fontSize: '20px',
    lineHeight: '2',
    format: 'md',
    author: '老王',
    categories: '金融，新浪财经, 自选',
    saveImages: true,
  };

  it('moves every field of the unversioned v0 prototype to its v2 place', () => {
    expect(normalizeSettings(v0)).toEqual({
      version: 2,
      cleanDisabledHosts: V0_HOSTS,
      autoReaderHosts: V0_HOSTS,
      listedHosts: [],
      reader: { theme: 'auto', font: 'sans', fontSize: 20, lineHeight: 2, width: 38 },
      defaultPreset: 'markdown',
      presets: { hexo: { author: '老王', categories: ['金融', '新浪财经', '自选'] } },
      images: { mode: 'local', folderPattern: '{name}' },
    });
  });

  it('v0 with its switches the other way round keeps cleaning on and reader off', () => {
    const s = normalizeSettings({ cleanEnabled: true, autoReader: false, format: 'docx' });
    expect(s.cleanDisabledHosts).toEqual([]);
    expect(s.autoReaderHosts).toEqual([]);
    expect(s.defaultPreset).toBe('hexo');
    expect(s.images.mode).toBe('remote');
  });

  it('v1 (the scaffold schema) gains presets and images and keeps everything else', () => {
    const v1 = {
      version: 1,
      cleanDisabledHosts: ['tech.sina.com.cn'],
      autoReaderHosts: [],
      reader: { theme: 'dark', font: 'serif', fontSize: 16, lineHeight: 1.6, width: 30 },
      defaultPreset: 'html',
    };
    expect(migrateSettings(v1)).toEqual({ ...v1, version: 2, presets: {}, images: { mode: 'remote' } });
    expect(normalizeSettings(v1)).toEqual({ ...v1, version: 2, listedHosts: [], presets: {}, images: DEFAULT_SETTINGS.images });
  });

  it('migrating does not mutate what was read from storage', () => {
    const copy = structuredClone(v0);
    normalizeSettings(copy);
    expect(copy).toEqual(v0);
  });
});

describe('storage.sync quota', () => {
  it('the largest settings the caps allow fit in one 8 KB sync item', () => {
    const host = (i: number) => `h${i}`.padEnd(48, 'a');
    const cjk = (n: number) => '财'.repeat(n); // 3 UTF-8 bytes each
    const preset = {
      categories: Array.from({ length: 10 }, (_, i) => cjk(40) + i),
      author: cjk(100),
      extraKeys: [...EXTRA_KEYS],
      dateFormat: 'rfc1123',
      filenamePattern: '{title}' + cjk(100),
    };
    const huge = normalizeSettings({
      version: 2,
      cleanDisabledHosts: Array.from({ length: 100 }, (_, i) => host(i)),
      autoReaderHosts: Array.from({ length: 100 }, (_, i) => host(i + 100)),
      listedHosts: Array.from({ length: 100 }, (_, i) => host(i + 200)),
      presets: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`preset-${i}`, preset])),
      images: { mode: 'local', folderPattern: '{name}' + cjk(100) },
    });
    expect(huge.cleanDisabledHosts).toHaveLength(MAX_HOSTS);
    expect(huge.listedHosts).toHaveLength(MAX_HOSTS);
    expect(Object.keys(huge.presets)).toHaveLength(PRESET_LIMITS.presets);
    const bytes = syncItemBytes('settings', huge);
    expect(bytes).toBeGreaterThan(4000); // the caps were really exercised
    expect(bytes).toBeLessThan(SYNC_ITEM_QUOTA);
  });
});

describe('versionless objects that already use newer field names (hand-written imports)', () => {
  it('keep their newer fields instead of being reset by the v0 migration', () => {
    const s = normalizeSettings({
      reader: { theme: 'dark' },
      cleanDisabledHosts: ['tech.sina.com.cn'],
      images: { mode: 'local', folderPattern: 'img/{name}' },
      presets: { html: { author: 'me' } },
    });
    expect(s.reader.theme).toBe('dark');
    expect(s.cleanDisabledHosts).toEqual(['tech.sina.com.cn']);
    expect(s.images).toEqual({ mode: 'local', folderPattern: 'img/{name}' });
    expect(s.presets).toEqual({ html: { author: 'me' } });
  });
});

describe('hosts of the other sites', () => {
  const hosts = ['news.163.com', 'baijiahao.baidu.com', 'www.news.cn', 'finance.people.com.cn', 'www.thepaper.cn', 'stock.hexun.com'];

  it('are kept in every host list, lower-cased, through normalising and migrating', () => {
    const upper = hosts.map((h) => h.toUpperCase());
    const s = normalizeSettings({ version: 2, cleanDisabledHosts: upper, autoReaderHosts: hosts, listedHosts: hosts });
    expect([s.cleanDisabledHosts, s.autoReaderHosts, s.listedHosts]).toEqual([hosts, hosts, hosts]);
    expect(normalizeHostLists({ version: 1, cleanDisabledHosts: hosts, autoReaderHosts: hosts })).toEqual({ cleanDisabledHosts: hosts, autoReaderHosts: hosts });
    expect(normalizeSettings({ cleanDisabledHosts: hosts }).cleanDisabledHosts).toEqual(hosts); // a versionless import
  });

  it('the switches read them by host, as the live cleaner of a granted site does', () => {
    const s = normalizeSettings({ version: 2, cleanDisabledHosts: ['news.163.com'], autoReaderHosts: ['www.thepaper.cn'] });
    expect([isCleaningOn(s, 'news.163.com'), isCleaningOn(s, 'www.163.com'), isAutoReaderOn(s, 'WWW.THEPAPER.CN')]).toEqual([false, true, true]);
  });
});

