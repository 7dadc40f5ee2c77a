/**
 * The page-error check of the browser tests (newErrors in support/harness.ts) in both engines:
 * a page's own failing scripts never count, and an extension whose code throws is always caught.
 * The extension here is a deliberately broken fixture (fixtures/throwing-extension), so this
 * proves the check can fail, on the same collection code the other browser tests use.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { launchChromium } from '../../support/browser/chromium';
import { launchFirefox } from './support/firefox';
import { newErrors, waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { ROOT } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';

const URL = 'https://finance.sina.com.cn/roll/2024-01-01/doc-sfcpageerrors.shtml';
const FIXTURE = path.join(ROOT, 'tests/e2e/fixtures');
const THROWN = ['sfc-fixture: thrown in a content script', 'sfc-fixture: thrown in a timer', 'sfc-fixture: logged as an error'];

/** The fixture extension for one engine: its scripts and that engine's manifest in a folder of its own. */
function throwingExtension(engine: 'chrome' | 'firefox'): string {
  const src = path.join(FIXTURE, 'throwing-extension');
  const dir = mkdtempSync(path.join(tmpdir(), `sfc-throwing-${engine}-`));
  for (const f of ['content.js', 'background.js']) copyFileSync(path.join(src, f), path.join(dir, f));
  copyFileSync(path.join(src, `manifest.${engine}.json`), path.join(dir, 'manifest.json'));
  return dir;
}

function launch(kind: string, server: TestServer, broken: boolean): Promise<E2eBrowser> {
  if (kind === 'chromium') return launchChromium({ hostRules: server.hostRules, extensionDir: broken ? throwingExtension('chrome') : undefined });
  return launchFirefox({ proxyPort: server.port, mv: 2, extensionDir: broken ? throwingExtension('firefox') : undefined });
}

async function load(b: E2eBrowser, expected: string[]): Promise<E2ePage> {
  const page = await b.newPage();
  await page.goto(URL);
  await waitFor(async () => expected.every((m) => page.errors.some((e) => e.includes(m))), `errors ${expected.join(', ')}`);
  return page;
}

for (const kind of BROWSERS.filter((b) => b.name !== 'firefox-mv3')) {
  describe(`page errors — ${kind.name}`, () => {
    let server: TestServer;
    let bare: E2eBrowser;
    let broken: E2eBrowser;
    beforeAll(async () => {
      server = await startServer([{ url: URL, body: readFileSync(path.join(FIXTURE, 'page-with-own-errors.html')), contentType: 'text/html; charset=utf-8' }]);
      [bare, broken] = await Promise.all([launch(kind.name, server, false), launch(kind.name, server, true)]);
    });
    afterAll(async () => {
      await Promise.all([bare?.close(), broken?.close()]);
      await server?.close();
    });

    it("the page's own errors never count, even when only one load shows them", async () => {
      const page = await load(bare, ['attackCatch', 'the page throws by itself']);
      expect(page.errors.filter((e) => e.includes('[page]')).length).toBeGreaterThanOrEqual(2);
      expect(newErrors(page.errors, [])).toEqual([]);
      await page.close();
    });

    it('every error of extension code counts, whatever the page did', async () => {
      const [without, withExt] = await Promise.all([load(bare, ['the page throws by itself']), load(broken, THROWN)]);
      const added = newErrors(withExt.errors, without.errors);
      for (const m of THROWN) expect(added.some((e) => e.includes('[extension]') && e.includes(m)), `${m} in ${added.join(' | ')}`).toBe(true);
      expect(added.filter((e) => !e.includes('sfc-fixture'))).toEqual([]);
      await Promise.all([without.close(), withExt.close()]);
    });
  });
}
