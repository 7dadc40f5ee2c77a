/**
 * The popup follows the browser's language: English UI → English strings (the default, zh_CN,
 * is what the other browser tests see). Chromium: `--lang=en-US`; Firefox: `intl.locale.requested`.
 * The expected texts come from locales/en.yml itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLIPPER_BROWSERS, CLIPPER_DIRS, ensureChromeE2eBuild } from './clipper-helpers/browsers';
import { chromiumEnglishPopup, firefoxEnglishPopup } from './clipper-helpers/english';
import { DEMO_PAGE, ROOT, routeFor } from './support/pages';
import { startServer, type TestServer } from './support/server';

const en = parse(fs.readFileSync(path.join(ROOT, 'locales/en.yml'), 'utf8')) as { extName: string; popup: { savePost: string } };
const zh = parse(fs.readFileSync(path.join(ROOT, 'locales/zh_CN.yml'), 'utf8')) as { extName: string; popup: { savePost: string } };

describe('popup in English when the browser is English', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureChromeE2eBuild();
    server = await startServer([routeFor(DEMO_PAGE)]);
  }, 300000);
  afterAll(() => server?.close());

  for (const kind of CLIPPER_BROWSERS) {
    it(kind.name, async () => {
      const texts = kind.name === 'chromium'
        ? await chromiumEnglishPopup(server, CLIPPER_DIRS.chrome, DEMO_PAGE.url)
        : await firefoxEnglishPopup(server, kind.name === 'firefox-mv2' ? CLIPPER_DIRS.firefoxMv2 : CLIPPER_DIRS.firefoxMv3, DEMO_PAGE.url);
      expect(texts.uiLanguage.toLowerCase()).toMatch(/^en/);
      expect(texts).toMatchObject({ heading: en.extName, savePost: en.popup.savePost });
      expect(texts.savePost).not.toBe(zh.popup.savePost);
    });
  }
});
