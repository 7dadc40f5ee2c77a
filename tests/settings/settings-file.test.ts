import { describe, expect, it } from 'vitest';
import { parseSettingsFile, serializeSettingsFile, SETTINGS_FILE_APP } from '@/utils/settings-file';
import { DEFAULT_SETTINGS, normalizeSettings } from '@/utils/settings';

describe('settings file (import / export)', () => {
  const s = normalizeSettings({ version: 2, defaultPreset: 'markdown', images: { mode: 'local', folderPattern: 'img/{name}' } });

  it('round-trips', () => {
    const text = serializeSettingsFile(s, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ app: SETTINGS_FILE_APP, exported: '2026-01-02T03:04:05.000Z' });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: s, userRules: [] });
    expect(parseSettingsFile('\ufeff' + text)).toEqual({ ok: true, settings: s, userRules: [] }); // saved by Notepad
  });

  it('carries the user rules, handed back raw for a check rule by rule', () => {
    const rules = [{ host: 'finance.sina.com.cn', hide: ['.ad'], article: '#artibody' }];
    const r = parseSettingsFile(serializeSettingsFile(s, new Date(0), rules));
    expect(r.ok && r.userRules).toEqual(rules);
  });

  it('migrates an old settings object inside the file', () => {
    const text = JSON.stringify({ app: SETTINGS_FILE_APP, settings: { format: 'md', theme: 'system' } });
    const r = parseSettingsFile(text);
    expect(r.ok && r.settings.defaultPreset).toBe('markdown');
  });

  it('refuses what is not a settings file, instead of resetting everything', () => {
    expect(parseSettingsFile('not json')).toEqual({ ok: false, error: 'not-json' });
    expect(parseSettingsFile('{"name":"package"}')).toEqual({ ok: false, error: 'not-settings' });
    expect(parseSettingsFile(`{"app":"${SETTINGS_FILE_APP}","settings":null}`)).toEqual({ ok: false, error: 'not-settings' });
    expect(parseSettingsFile('null')).toEqual({ ok: false, error: 'not-settings' });
    expect(parseSettingsFile(' '.repeat(300000))).toEqual({ ok: false, error: 'too-big' });
  });

  it('a hostile file comes back as valid settings', () => {
    const text = JSON.stringify({ app: SETTINGS_FILE_APP, settings: { __proto__: { x: 1 }, reader: { fontSize: 1e308 }, images: { folderPattern: '../../etc/{name}' } } });
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.reader.fontSize).toBe(32);
      expect(r.settings.images).toEqual(DEFAULT_SETTINGS.images);
    }
  });
});
