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
import type { E2eBrowser } from '../../../support/browser/harness';

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

const ALL: ClipperKind[] = [
  { name: 'chromium', launch: (s) => launchChromium({ hostRules: s.hostRules, extensionDir: CLIPPER_DIRS.chrome }) },
  { name: 'firefox-mv2', launch: (s) => launchFirefox({ proxyPort: s.port, mv: 2, extensionDir: CLIPPER_DIRS.firefoxMv2 }) },
  { name: 'firefox-mv3', launch: (s) => launchFirefox({ proxyPort: s.port, mv: 3, extensionDir: CLIPPER_DIRS.firefoxMv3 }) },
];

const wanted = process.env.SFC_E2E_BROWSERS?.split(',').map((s) => s.trim());
export const CLIPPER_BROWSERS = wanted ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
