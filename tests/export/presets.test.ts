/**
 * Preset data for the options page: ids, labels that exist in both locales, defaults,
 * normalising stored overrides, and each option changing the output the way it says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DATE_FORMAT_LABELS, EXTRA_KEY_LABELS, EXTRA_KEYS, PRESETS, exportArticle, getPreset, normalizeExportOptions,
  type ExportOptions,
} from '../../utils/export';
import type { PresetOverrides } from '../../utils/settings-presets';
import { article, parseFrontMatter } from './helpers';

// The options page stores PresetOverrides and passes them straight to exportArticle: must type-check.
const overrides: PresetOverrides = { author: 'x', extraKeys: ['tags'], dateFormat: 'iso' };
const asOptions: Partial<ExportOptions> = overrides;

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), tree);
}

describe('preset data', () => {
  it('has the four presets, hexo first and default', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['hexo', 'hexo-full', 'markdown', 'html']);
    expect(getPreset('nope')).toBeUndefined();
    expect(exportArticle(article(), 'nope').content).toBe(exportArticle(article(), 'hexo').content);
  });

  it('labels exist in both locales', () => {
    const keys = [...PRESETS.map((p) => p.labelKey), ...Object.values(EXTRA_KEY_LABELS), ...Object.values(DATE_FORMAT_LABELS)];
    for (const locale of ['en', 'zh_CN']) {
      const tree = parse(readFileSync(path.resolve(__dirname, `../../locales/${locale}.yml`), 'utf8')) as unknown;
      for (const key of keys) expect(typeof lookup(tree, key), `${locale}: ${key}`).toBe('string');
    }
  });

  it('defaults normalise to themselves; garbage normalises to the defaults', () => {
    for (const p of PRESETS) {
      expect(normalizeExportOptions(p.defaults, p)).toEqual(p.defaults);
      for (const junk of [null, 42, 'x', [], { categories: 'a', author: 7, extraKeys: {}, dateFormat: 'unix', filenamePattern: '  ' }]) {
        expect(normalizeExportOptions(junk, p)).toEqual(p.defaults);
      }
    }
  });

  it('keeps known extra keys only, in a fixed order', () => {
    const hexo = getPreset('hexo')!;
    expect(normalizeExportOptions({ extraKeys: ['editor', 'bogus', 'tags', 5] }, hexo).extraKeys).toEqual(['tags', 'editor']);
    expect(EXTRA_KEYS).toEqual(['tags', 'link', 'source', 'original_title', 'editor', 'updated']);
  });

  it('hands out copies: mutating options never changes the preset defaults', () => {
    const hexo = getPreset('hexo')!;
    normalizeExportOptions(undefined, hexo).categories.push('x');
    expect(hexo.defaults.categories).toEqual(['金融', '新浪财经']);
  });
});

describe('options change the output', () => {
  const fm = (opts: Partial<ExportOptions>, preset = 'hexo', over = {}) => parseFrontMatter(exportArticle(article(over), preset, opts).content);

  it('stored overrides from the settings schema apply as they are', () => {
    expect(fm(asOptions)).toMatchObject({ author: 'x', date: '2022-07-25T14:31:46Z', tags: ['新产业', 'sz300832'] });
  });

  it('author and categories', () => {
    expect(fm({ author: '张三', categories: ['财经', '存档'] })).toMatchObject({ author: '张三', categories: ['财经', '存档', '新浪财经－国內'] });
    expect(fm({ categories: [], articleCategories: false })).toMatchObject({ categories: [] });
    expect(fm({ author: '  ' })).not.toHaveProperty('author');
  });

  it('extra keys appear after the seed keys in EXTRA_KEYS order, empty ones left out', () => {
    const out = fm({ extraKeys: ['editor', 'link', 'tags', 'source', 'original_title'] }, 'hexo', { originalTitle: undefined });
    expect(Object.keys(out)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail', 'tags', 'link', 'source', 'editor']);
  });

  it('updated: off by default, written in the date format of the preset when switched on and known', () => {
    const later = { updated: '2023-07-25T03:49:24.000Z' };
    for (const p of ['hexo', 'hexo-full', 'markdown']) expect(fm({}, p, later)).not.toHaveProperty('updated');
    expect(fm({ extraKeys: ['updated'] }, 'hexo', later)).toMatchObject({ date: 'Mon, 25 Jul 2022 14:31:46 GMT', updated: 'Tue, 25 Jul 2023 03:49:24 GMT' });
    expect(fm({ extraKeys: ['updated'], dateFormat: 'iso' }, 'hexo', later).updated).toBe('2023-07-25T03:49:24Z');
    expect(fm({ extraKeys: ['updated'] })).not.toHaveProperty('updated');
    const keys = Object.keys(fm({ extraKeys: ['updated', 'editor'] }, 'hexo', later));
    expect(keys.slice(-2)).toEqual(['editor', 'updated']);
  });

  it('hexo-full and markdown presets', () => {
    expect(Object.keys(fm({}, 'hexo-full'))).toEqual([
      'title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail', 'tags', 'link', 'source', 'original_title', 'editor',
    ]);
    expect(Object.keys(fm({}, 'markdown'))).toEqual(['title', 'categories', 'headimg', 'author', 'date', 'thumbnail', 'tags', 'link', 'source']);
    expect(fm({ dateFormat: 'rfc1123' }, 'markdown').date).toBe('Mon, 25 Jul 2022 14:31:46 GMT');
  });

  it('a Readability (non-Sina) article is not filed under 新浪财经 unless asked', () => {
    const other = { template: 'readability', siteName: 'Example News', author: 'Jane Doe', categories: [] };
    expect(fm({}, 'hexo', other)).toMatchObject({ categories: ['Example News'], author: 'Jane Doe' });
    const hostOnly = fm({}, 'hexo', { ...other, siteName: undefined, author: undefined, url: 'https://news.example.org/a' });
    expect(hostOnly).toMatchObject({ categories: ['news.example.org'] });
    expect(hostOnly.author, 'a host name is never the author').toBeUndefined();
    expect(fm({ categories: ['金融'], author: '我' }, 'hexo', other)).toMatchObject({ categories: ['金融'], author: '我' });
  });
});
