/**
 * The popup follows the browser's language: English UI → English strings (the default, zh_CN,
 * is what the other browser tests see). Chromium: `--lang=en-US`; Firefox: `intl.locale.requested`.
 * The expected texts come from locales/en.yml itself.
 */
import fs, { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLIPPER_BROWSERS, CLIPPER_DIRS, ensureChromeE2eBuild } from './clipper-helpers/browsers';
import { chromiumPopup, firefoxPopup } from './clipper-helpers/english';
import { DEMO_PAGE, ROOT, routeFor } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';

/** Debian's firefox-esr-l10n-zh-cn. */
const FIREFOX_ZH_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';

const en = parse(fs.readFileSync(path.join(ROOT, 'locales/en.yml'), 'utf8')) as { extName: string; popup: { savePost: string } };
const zh = parse(fs.readFileSync(path.join(ROOT, 'locales/zh_CN.yml'), 'utf8')) as { extName: string; popup: { savePost: string } };

function popupIn(name: string, lang: 'en' | 'zh') {
  return name === 'chromium'
    ? chromiumPopup(server, CLIPPER_DIRS.chrome, DEMO_PAGE.url, lang)
    : firefoxPopup(server, name === 'firefox-mv2' ? CLIPPER_DIRS.firefoxMv2 : CLIPPER_DIRS.firefoxMv3, DEMO_PAGE.url, lang);
}

let server: TestServer;

describe('popup in English when the browser is English', () => {
  beforeAll(async () => {
    ensureChromeE2eBuild();
    server = await startServer([routeFor(DEMO_PAGE)]);
  }, 300000);
  afterAll(() => server?.close());

  for (const kind of CLIPPER_BROWSERS) {
    it(kind.name, async () => {
      const texts = await popupIn(kind.name, 'en');
      expect(texts.uiLanguage.toLowerCase()).toMatch(/^en/);
      expect(texts).toMatchObject({ heading: en.extName, savePost: en.popup.savePost });
      expect(texts.savePost).not.toBe(zh.popup.savePost);
    });
  }

  // The control: the same launchers with a Chinese UI give Chinese, so the test above can fail.
  // It needs the browsers' Chinese resources (Debian: chromium-l10n, firefox-esr-l10n-zh-cn);
  // without them both browsers fall back to English whatever is asked, which is checked instead.
  for (const kind of CLIPPER_BROWSERS) {
    it(`control: ${kind.name} in Chinese shows Chinese (or English only where no Chinese resources exist)`, async () => {
      const texts = await popupIn(kind.name, 'zh');
      const hasZh = kind.name === 'chromium' ? existsSync('/usr/lib/chromium/locales/zh-CN.pak') : existsSync(FIREFOX_ZH_LANGPACK);
      const want = hasZh ? zh : en;
      expect(texts).toMatchObject({ heading: want.extName, savePost: want.popup.savePost });
    });
  }
});
