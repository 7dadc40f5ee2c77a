/**
 * The browsers every e2e file runs in. Chromium loads the normal Chrome MV3 build; Firefox loads
 * the e2e-mode MV2 and MV3 builds (same code plus the popup hook). `SFC_E2E_BROWSERS` narrows the
 * list (e.g. `chromium` while iterating).
 */
import { launchChromium, EXTENSION_DIRS } from '../../../support/browser/chromium';
import { launchFirefox } from './firefox';
import type { E2eBrowser } from '../../../support/browser/harness';
import type { TestServer } from '../../../support/browser/server';

export interface BrowserKind {
  name: E2eBrowser['name'];
  launch(server: TestServer, withExtension: boolean): Promise<E2eBrowser>;
}

const ALL: BrowserKind[] = [
  {
    name: 'chromium',
    launch: (s, ext) => launchChromium({ hostRules: s.hostRules, extensionDir: ext ? EXTENSION_DIRS.chrome : undefined }),
  },
  {
    name: 'firefox-mv2',
    launch: (s, ext) => launchFirefox({ proxyPort: s.port, mv: 2, extensionDir: ext ? EXTENSION_DIRS.firefoxMv2 : undefined }),
  },
  {
    name: 'firefox-mv3',
    launch: (s, ext) => launchFirefox({ proxyPort: s.port, mv: 3, extensionDir: ext ? EXTENSION_DIRS.firefoxMv3 : undefined }),
  },
];

const wanted = process.env.SFC_E2E_BROWSERS?.split(',').map((s) => s.trim());
export const BROWSERS = wanted ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
