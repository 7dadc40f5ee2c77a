/**
 * A page that fights the extension, in real browsers:
 * - a restrictive CSP with beacon images: reading the page for the popup and the reader fetches
 *   nothing the page's CSP forbids (the snapshot is made in an inert document, utils/own-nodes.ts);
 * - a forged "content script started" event (WXT's way of stopping an old copy of a content
 *   script) does not switch cleaning, late-ad removal or the popup's report off
 *   (lib/page/ignore-forged-start.ts);
 * - `<div id="__sfcBridge">` clobbering a window global does not stop the page bridge;
 * - the reader page: a page cannot load it, frame it to anything actionable, or see the
 *   extension's id while our reader is open (lib/page/reader-overlay.ts,
 *   entrypoints/reader/main.tsx).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserKind } from './support/browsers';
import { EXTENSION_DIRS, launchChromium } from '../../support/browser/chromium';
import { FIREFOX_ORIGIN } from './support/firefox';
import { reloadUntil, waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { openPopupOnOther, OTHER_NEWS_CHART, OTHER_NEWS_PAGE } from './support/other-news';
import { DEMO_PAGE, ROOT, routeFor, type TestPage } from '../../support/browser/pages';
import { openPopupOn } from './support/popup';
import { readerShowingArticle } from './support/reader-frame';
import { startServer, type TestServer } from '../../support/browser/server';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

const HOSTILE_PAGE: TestPage = {
  name: 'hostile-page-article',
  file: path.join(ROOT, 'tests/e2e/fixtures/hostile-page-article.html'),
  url: 'https://finance.sina.com.cn/china/gncj/2023-04-02/doc-imyibeacon0001.shtml',
  charset: 'utf-8',
  article: true,
};
const TITLE = '央行开展逆回购操作 市场流动性合理充裕';

/** The non-Sina fixture with an element that clobbers the bridge's old window global. */
const CLOBBERED_URL = OTHER_NEWS_PAGE.url.replace('.html', '-clobbered.html');
const clobberedRoute = () => ({
  url: CLOBBERED_URL,
  body: readFileSync(OTHER_NEWS_PAGE.file, 'utf8').replace(/<body([^>]*)>/, '<body$1><div id="__sfcBridge"></div>'),
  contentType: 'text/html; charset=utf-8',
});

/** Chromium loads the e2e-mode build: the clobbering case needs its non-Sina test host (utils/hosts.ts). */
const KINDS: BrowserKind[] = BROWSERS.map((k) => k.name !== 'chromium' ? k : {
  name: k.name,
  launch: (s, ext) => launchChromium({ hostRules: s.hostRules, extensionDir: ext ? EXTENSION_DIRS.chromeE2e : undefined }),
});

const GECKO_ID = JSON.parse(readFileSync(path.join(EXTENSION_DIRS.firefoxMv2, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id as string;

/** What identifies the extension: `runtime.id` (event names are built from it) and its origin's host. */
function extensionIds(b: E2eBrowser): { runtimeId: string; originHost: string } {
  if (b.name === 'chromium') {
    const host = new URL((b as Awaited<ReturnType<typeof launchChromium>>).sw!.url()).host;
    return { runtimeId: host, originHost: host };
  }
  return { runtimeId: GECKO_ID, originHost: new URL(FIREFOX_ORIGIN).host };
}

const beaconHits = (server: TestServer) => server.requests.filter((r) => r.url.includes('/__beacon/')).map((r) => r.url);

/**
 * Lets requests already started reach the server: the page fetches a sentinel URL and we wait
 * until the server has logged it (a beacon the extension set off came before it).
 */
async function settle(server: TestServer, page: E2ePage, n: number): Promise<void> {
  await page.evaluate((i) => void fetch(`/__sentinel/${i}`).catch(() => undefined), n);
  await waitFor(async () => server.requests.some((r) => r.url.endsWith(`/__sentinel/${n}`)), `sentinel ${n}`);
}

for (const kind of KINDS) {
  describe(`a page that fights the extension — ${kind.name}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    beforeAll(async () => {
      server = await startServer([
        { ...routeFor(HOSTILE_PAGE), headers: { 'content-security-policy': "img-src 'none'" } },
        routeFor(DEMO_PAGE), routeFor(OTHER_NEWS_PAGE), OTHER_NEWS_CHART, clobberedRoute(),
      ]);
      b = await kind.launch(server, true);
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('reads the page for the popup and the reader without fetching images its CSP forbids', async () => {
      const { page, popup } = await openPopupOn(b, HOSTILE_PAGE.url);
      expect(await popup.evaluate(() => document.querySelector('[data-field="title"]')?.textContent)).toContain(TITLE);
      await settle(server, page, 1);
      const afterPopup = beaconHits(server);
      await popup.click('[data-action="open-reader"]');
      await readerShowingArticle(page);
      await settle(server, page, 2);
      // The page itself fetched neither beacon (its CSP works), and our reading added none.
      expect({ afterPopup, afterReader: beaconHits(server) }).toEqual({ afterPopup: [], afterReader: [] });
      // The snapshot left nothing behind: no request either when the popup reads the page again.
      await reloadUntil(popup, '[data-field="title"]', 'popup again');
      await settle(server, page, 3);
      expect(beaconHits(server)).toEqual([]);
      await Promise.all([popup.close(), page.close()]);
    });

    it('keeps cleaning and answering after a page forges WXT\'s "content script started" event', async () => {
      const page = await b.newPage();
      await page.goto(HOSTILE_PAGE.url);
      await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean')), 'cleaned');
      const { runtimeId } = extensionIds(b);
      // What any script on the page can do: WXT's event name is `<runtime.id>:<entrypoint>:wxt:content-script-started`
      // (Chrome's id is public for store extensions, Firefox's runtime.id is the gecko id of the manifest).
      await page.addScript(`(() => {
        const type = ${JSON.stringify(`${runtimeId}:sina:wxt:content-script-started`)};
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'sina', messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: 'sina', messageId: 'forged' }, '*');
      })();`);
      const removed = await page.evaluate(async () => {
        const ad = Object.assign(document.createElement('ins'), { className: 'sinaads', id: 'late-ad', textContent: '广告 late ad' });
        document.querySelector('#artibody')!.appendChild(ad);
        for (let i = 0; i < 100 && document.getElementById('late-ad'); i++) await new Promise((r) => setTimeout(r, 50));
        return !document.getElementById('late-ad');
      });
      expect(removed).toBe(true);
      const popup = await b.openPopup(page);
      await waitFor(() => popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') !== 'loading'), 'popup ready', 20000);
      expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state'))).toBe('article');
      expect(await popup.evaluate(() => document.querySelector('[data-field="title"]')?.textContent)).toContain(TITLE);
      await Promise.all([popup.close(), page.close()]);
    });

    it('reads a page whose <div id="__sfcBridge"> clobbers a window global', async () => {
      const page = await b.newPage();
      await page.goto(CLOBBERED_URL);
      expect(await page.evaluate(() => (window as { __sfcBridge?: unknown }).__sfcBridge instanceof HTMLDivElement)).toBe(true);
      const popup = await openPopupOnOther(b, page, DEMO_PAGE.url);
      expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state'))).toBe('article');
      await Promise.all([popup.close(), page.close()]);
    });

    it('a page can neither load the reader page nor get anything actionable out of it', async () => {
      const { originHost } = extensionIds(b);
      const page = await b.newPage();
      await page.goto(DEMO_PAGE.url);
      const popup = await b.openPopup(page); // only to learn the tab id, as a page could guess it
      const tabId = await popup.evaluate(() => Number(new URLSearchParams(location.search).get('tabId')));
      await popup.close();
      const scheme = b.name === 'chromium' ? 'chrome-extension' : 'moz-extension';
      const url = `${scheme}://${originHost}/reader.html?tabId=${tabId}`;
      // Chrome serves it only at its dynamic URL, Firefox MV2 not to pages at all. Firefox MV3 must
      // make it web-accessible (wxt.config.ts): there the page would need the per-install UUID,
      // which the next test shows it never sees; we use the test profile's fixed one.
      const fetched = await page.evaluate(async (u) => fetch(u).then((r) => r.ok, () => false), url);
      expect(fetched).toBe(b.name === 'firefox-mv3');
      await page.evaluate((u) => new Promise<void>((resolve) => {
        const frame = Object.assign(document.createElement('iframe'), { id: 'foreign', src: u });
        frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;z-index:2147483647;border:0';
        // A load refused outright fires `error` in Firefox, `load` (of an error page) in Chromium.
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.addEventListener('error', () => resolve(), { once: true });
        document.body.appendChild(frame);
      }), url);
      // Whatever the frame holds once loaded (an error page, or a reader that refused): no toolbar, no article.
      const actionable = async () => {
        const frame = await page.readerFrame();
        return (await frame?.evaluate(() => document.querySelectorAll('select, button, input, main[data-state="article"]').length)) ?? 0;
      };
      await waitFor(async () => {
        const frame = await page.readerFrame();
        return !frame || (await frame.evaluate(() => document.documentElement.dataset.refused === 'true'));
      }, 'the framed reader settled');
      expect(await actionable()).toBe(0);
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-reader-framed-by-page.png`));
      await page.close();
    });

    it('the page sees no trace of the extension id while the reader is open', async () => {
      const { originHost, runtimeId } = extensionIds(b);
      const { page, popup } = await openPopupOn(b, HOSTILE_PAGE.url);
      await popup.click('[data-action="open-reader"]');
      const frame = await readerShowingArticle(page);
      const frameHost = await frame.evaluate(() => location.host);
      // Everything a page script can read about what is mounted on it.
      const seen = await page.evaluate(() => {
        const frames: string[] = [];
        for (let i = 0; i < window.length; i++) {
          try {
            frames.push(String(window[i]!.location.href));
          } catch {
            /* cross-origin: unreadable, as it should be */
          }
        }
        return [
          document.documentElement.outerHTML,
          ...performance.getEntries().map((e) => e.name),
          ...(window as unknown as { __seenMessages: string[] }).__seenMessages,
          ...frames,
          document.activeElement?.outerHTML ?? '',
        ].join('\n');
      });
      for (const id of new Set([originHost, runtimeId, frameHost])) expect(seen).not.toContain(id);
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-reader-hostile-page.png`));
      await Promise.all([popup.close(), page.close()]);
    });
  });
}
