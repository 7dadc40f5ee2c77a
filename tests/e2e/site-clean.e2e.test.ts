/**
 * Live cleaning of the other sites in Chromium, on one real page per site served at its address
 * (support/browser/site-pages.ts):
 * - not granted (the normal build: the other sites are optional hosts nobody granted): nothing of
 *   ours on the page, no CLEAN_ATTR, the junk as the page shows it;
 * - granted (the e2e build lists the sites in host_permissions, because headless Chromium cannot
 *   answer a permission prompt: wxt.config.ts): the background registered site-clean.js, the page
 *   gets CLEAN_ATTR, the site's hide rows are hidden, the article text stays visible; a screenshot
 *   per page lands in tests/e2e/artifacts.
 * - Firefox MV2 and MV3 (e2e builds, nothing granted): nothing of ours on any of the pages.
 * Not covered yet: granting through the real prompt-less request in Firefox, and revoking (required
 * hosts cannot be removed in Chromium).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, launchChromium } from '../../support/browser/chromium';
import { launchFirefox } from './support/firefox';
import { waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { ROOT, routeFor } from '../../support/browser/pages';
import { SITE_PAGES } from '../../support/browser/site-pages';
import { startServer, type TestServer } from '../../support/browser/server';
import { CLEAN_ATTR } from '../../utils/live-clean';
import { OTHER_SITES } from '../../utils/sites/others';
import { OTHERS_LIVE } from '../../utils/sites/others-live';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

interface Probe {
  attr: boolean;
  /** Elements of the hide rows the page has, and how many of them are not rendered. */
  junk: number;
  junkHidden: number;
  /** Visible characters of the article root. */
  articleText: number;
  /** Elements of the remove rows inside the article root. */
  removable: number;
}

function probe(page: E2ePage, hide: readonly string[], remove: readonly string[], roots: readonly string[], attr: string): Promise<Probe> {
  return page.evaluate(({ hide, remove, roots, attr }) => {
    const junk = [...document.querySelectorAll(hide.join(', '))];
    const root = roots.map((s) => document.querySelector(s)).find((el) => el !== null) as HTMLElement | undefined;
    return {
      attr: document.documentElement.hasAttribute(attr),
      junk: junk.length,
      junkHidden: junk.filter((el) => getComputedStyle(el).display === 'none').length,
      articleText: root && root.offsetHeight > 0 ? root.innerText.trim().length : 0,
      removable: root && remove.length ? root.querySelectorAll(remove.join(', ')).length : 0,
    };
  }, { hide, remove, roots, attr });
}

describe('live cleaning on the other sites — chromium', () => {
  let server: TestServer;
  let granted: E2eBrowser;
  let bare: E2eBrowser;
  beforeAll(async () => {
    server = await startServer(SITE_PAGES.map((p) => routeFor(p)));
    [granted, bare] = await Promise.all([
      launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chromeE2e }),
      launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([granted?.close(), bare?.close()]);
    await server?.close();
  });

  for (const p of SITE_PAGES) {
    const site = OTHER_SITES.find((s) => s.id === p.site);
    if (!site) throw new Error(p.site);
    const roots = site.templates.flatMap((t) => t.root);
    const { hide, remove } = OTHERS_LIVE[p.site];

    it(`${p.site} (${p.name}): not granted → nothing of ours; granted → junk hidden, article visible`, async () => {
      const plain = await bare.newPage();
      await plain.goto(p.url);
      const before = await probe(plain, hide, remove, roots, CLEAN_ATTR);
      await plain.close();
      expect(before.attr).toBe(false);
      expect(before.junk).toBeGreaterThan(0);
      expect(before.articleText).toBeGreaterThan(100);

      const page = await granted.newPage();
      await page.goto(p.url);
      const after = await waitFor(async () => {
        const r = await probe(page, hide, remove, roots, CLEAN_ATTR);
        return r.attr && r.junkHidden === r.junk ? r : null;
      }, `${p.site}: CLEAN_ATTR and every hide row hidden`);
      // what the remove rows took out of the article is no longer there to hide
      expect(after.removable).toBe(0);
      expect(after.junk).toBeGreaterThanOrEqual(before.junk - before.removable);
      if (remove.length) expect(before.removable, 'the page has the ad slot the remove rows take').toBeGreaterThan(0);
      expect(after.articleText).toBeGreaterThan(100);
      // the page's own styles may hide some of it already; ours hides the rest
      expect(after.junkHidden).toBeGreaterThanOrEqual(before.junkHidden);
      // The article, not the site's header, is what the screenshot is for.
      await page.evaluate((sels: string[]) => sels.map((s) => document.querySelector(s)).find(Boolean)?.scrollIntoView(), roots);
      await page.screenshot(path.join(ARTIFACTS, `site-clean-${p.site}.png`));
      await page.close();
    });
  }
});

for (const mv of [2, 3] as const) {
  describe(`other sites not granted — firefox-mv${mv}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    beforeAll(async () => {
      server = await startServer(SITE_PAGES.map((p) => routeFor(p)));
      b = await launchFirefox({ proxyPort: server.port, mv, extensionDir: mv === 2 ? EXTENSION_DIRS.firefoxMv2 : EXTENSION_DIRS.firefoxMv3 });
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('no page of a site the user did not grant gets CLEAN_ATTR or loses its junk', async () => {
      for (const p of SITE_PAGES) {
        const site = OTHER_SITES.find((s) => s.id === p.site);
        const { hide, remove } = OTHERS_LIVE[p.site];
        const page = await b.newPage();
        await page.goto(p.url);
        const r = await probe(page, hide, remove, site?.templates.flatMap((t) => t.root) ?? [], CLEAN_ATTR);
        await page.close();
        expect(r.attr, p.name).toBe(false);
        expect(r.junk, p.name).toBeGreaterThan(0);
        expect(r.junkHidden, p.name).toBeLessThan(r.junk);
        expect(r.articleText, p.name).toBeGreaterThan(100);
      }
    });
  });
}
