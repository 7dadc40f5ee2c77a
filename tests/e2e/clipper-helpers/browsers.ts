/**
 * The browsers the clipper tests run in. Chromium loads an e2e-mode Chrome build (the normal one
 * has no test hooks: a headless browser can neither press an extension shortcut nor open a
 * context menu, so the tests call the background's own handlers through an e2e-only message).
 * Firefox uses the e2e builds global-setup makes. SFC_CLIPPER_EXT_ROOT points at another output
 * folder (e.g. while developing); SFC_E2E_BROWSERS narrows the list like the other e2e files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../../support/browser/chromium';
import { launchFirefox } from '../support/firefox';
import type { E2eBrowser, E2ePage } from '../../../support/browser/harness';

/** The one extension API called in the service worker (no @types/chrome here). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
import { ROOT } from '../../../support/browser/pages';
import type { TestServer } from '../../../support/browser/server';

const OUT = process.env.SFC_CLIPPER_EXT_ROOT ?? path.join(ROOT, '.output');

export const CLIPPER_DIRS = {
  chrome: path.join(OUT, 'chrome-mv3-e2e'),
  firefoxMv2: path.join(OUT, 'firefox-mv2-e2e'),
  firefoxMv3: path.join(OUT, 'firefox-mv3-e2e'),
};

/** Builds the e2e-mode Chrome build unless it is there (or another output root was given). */
export function ensureChromeE2eBuild(): void {
  if (process.env.SFC_CLIPPER_EXT_ROOT && existsSync(path.join(CLIPPER_DIRS.chrome, 'manifest.json'))) return;
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
}

export interface ClipperKind {
  name: E2eBrowser['name'];
  launch(server: TestServer): Promise<E2eBrowser>;
}

/**
 * Chromium, with `openPopup` built from the service worker's host: Node's URL gives `null` as the
 * origin of a chrome-extension:// URL, so the shared launcher's popup URL may not resolve.
 */
async function chromiumWithPopup(s: TestServer): Promise<E2eBrowser> {
  const c = await launchChromium({ hostRules: s.hostRules, extensionDir: CLIPPER_DIRS.chrome });
  const sw = c.sw;
  if (!sw) throw new Error('no service worker: extension not loaded');
  const origin = `chrome-extension://${new URL(sw.url()).host}`;
  const openPopup = async (page: E2ePage) => {
    const url = await page.evaluate(() => location.href);
    const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
    const popup = await c.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    return popup;
  };
  return { ...c, openPopup };
}

const ALL: ClipperKind[] = [
  { name: 'chromium', launch: chromiumWithPopup },
  { name: 'firefox-mv2', launch: (s) => launchFirefox({ proxyPort: s.port, mv: 2, extensionDir: CLIPPER_DIRS.firefoxMv2 }) },
  { name: 'firefox-mv3', launch: (s) => launchFirefox({ proxyPort: s.port, mv: 3, extensionDir: CLIPPER_DIRS.firefoxMv3 }) },
];

const wanted = process.env.SFC_E2E_BROWSERS?.split(',').map((s) => s.trim());
export const CLIPPER_BROWSERS = wanted ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
