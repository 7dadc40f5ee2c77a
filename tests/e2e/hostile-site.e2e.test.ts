/**
 * A page of a granted other site (qq) that fights the extension, in real browsers. With the site
 * granted (Chromium: the e2e build holds the sites; Firefox: the options page's grant button, as
 * in site-clean.e2e.test.ts) the run-time
 * registered entrypoints/site-clean.ts keeps cleaning and answering the popup although the page:
 * - throws at load and later (its errors never fail this test, and never stop cleaning);
 * - clobbers window globals with `<div id>`s named like anything a script might read;
 * - forbids images by CSP and carries beacon images: reading it for the popup fetches none;
 * - forges WXT's "content script started" event for `site-clean`;
 * - takes our hide stylesheet and CLEAN_ATTR away (the Sina page alongside, as the reference:
 *   both run lib/page/live-cleaner.ts and must behave the same);
 * and nothing on the page names the extension's id or origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, launchChromium } from '../../support/browser/chromium';
import { BROWSERS } from './support/browsers';
import { FIREFOX_ORIGIN, launchFirefox } from './support/firefox';
import { grantWithOptionsPage } from './support/site-grant';
import { waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { ARTICLE_PAGES, ROOT, routeFor } from '../../support/browser/pages';
import { SITE_PAGES } from '../../support/browser/site-pages';
import { startServer, type TestServer } from '../../support/browser/server';
import { CLEAN_ATTR } from '../../utils/live-clean';
import { LIVE_HIDE } from '../../utils/sites/sina-live';
import { OTHERS_LIVE } from '../../utils/sites/others-live';
import { OWN_ATTR } from '../../utils/own-nodes';
import { CLOBBERED_GLOBALS, hostileSiteRoute, PAGE_BOOM } from './support/hostile-site';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const runs = (name: string) => BROWSERS.some((b) => b.name === name);

const QQ = SITE_PAGES.find((p) => p.site === 'qq')!;
const QQ_ROOTS = ['#Cnt-Main-Article-QQ', '.content-article'];
const SINA = ARTICLE_PAGES[0]!;

/** A hide row we can build an element for (a bare class or id) and where to put it. */
interface Case { name: string; url: string; junk: string; root: string[] }
const simple = (rows: readonly string[]) => {
  const row = rows.find((r) => /^[.#][\w-]+$/.test(r));
  if (!row) throw new Error(`no simple hide row in ${rows.join(', ')}`);
  return row;
};
const QQ_CASE: Case = { name: 'qq', url: QQ.url, junk: simple(OTHERS_LIVE.qq.hide), root: QQ_ROOTS };
const SINA_CASE: Case = { name: 'sina', url: SINA.url, junk: simple(LIVE_HIDE), root: ['body'] };

const beaconHits = (server: TestServer) => server.requests.filter((r) => r.url.includes('/__beacon/')).map((r) => r.url);

/** Lets requests already started reach the server: the page fetches a sentinel and we wait for it. */
async function settle(server: TestServer, page: E2ePage, n: number): Promise<void> {
  await page.evaluate((i) => void fetch(`/__sentinel/${i}`).catch(() => undefined), n);
  await waitFor(async () => server.requests.some((r) => r.url.endsWith(`/__sentinel/${n}`)), `sentinel ${n}`);
}

/** Our switch on <html>, our stylesheet in the page. */
const ours = (page: E2ePage) => page.evaluate(({ attr, own }) => ({
  attr: document.documentElement.hasAttribute(attr),
  style: !!document.querySelector(`style[${own}]`),
}), { attr: CLEAN_ATTR, own: OWN_ATTR });

/** Adds a late junk element (id `late-junk-N`) matching `c.junk` inside the article; resolves when it is hidden or gone. */
async function lateJunkHandled(page: E2ePage, c: Case, n: number): Promise<boolean> {
  await page.evaluate(({ junk, roots, id }) => {
    const el = document.createElement('div');
    if (junk.startsWith('.')) el.className = junk.slice(1);
    else el.id = junk.slice(1);
    el.dataset.late = id;
    el.textContent = '广告 late junk';
    (roots.map((s) => document.querySelector(s)).find(Boolean) ?? document.body).appendChild(el);
  }, { junk: c.junk, roots: c.root, id: `late-junk-${n}` });
  return !!(await waitFor(() => page.evaluate((id) => {
    const el = document.querySelector(`[data-late="${id}"]`);
    return !el || getComputedStyle(el).display === 'none';
  }, `late-junk-${n}`), `late junk ${n} hidden or removed`).catch(() => false));
}

async function popupState(b: E2eBrowser, page: E2ePage): Promise<{ popup: E2ePage; state: string }> {
  const popup = await b.openPopup(page);
  const state = await waitFor(() => popup.evaluate(() => {
    const s = document.querySelector('[data-state]')?.getAttribute('data-state');
    return s && s !== 'loading' ? s : null;
  }), 'popup ready');
  return { popup, state };
}

interface Kind {
  name: E2eBrowser['name'];
  launch(server: TestServer): Promise<E2eBrowser>;
  /** `runtime.id` (WXT's event names are built from it) and the host of our origin. */
  ids(b: E2eBrowser): { runtimeId: string; originHost: string };
  /** Brings qq to the granted state. */
  grant(b: E2eBrowser): Promise<void>;
}

const GECKO_ID = () => JSON.parse(readFileSync(path.join(EXTENSION_DIRS.firefoxMv3, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;

const KINDS: Kind[] = [
  {
    // The e2e build lists the sites as held hosts: headless Chromium cannot answer a permission prompt.
    name: 'chromium',
    launch: (s) => launchChromium({ hostRules: s.hostRules, extensionDir: EXTENSION_DIRS.chromeE2e }),
    ids: (b) => {
      const host = new URL((b as Awaited<ReturnType<typeof launchChromium>>).sw!.url()).host;
      return { runtimeId: host, originHost: host };
    },
    grant: async () => undefined,
  },
  ...([2, 3] as const).map((mv): Kind => ({
    name: `firefox-mv${mv}`,
    launch: (s) => launchFirefox({ proxyPort: s.port, mv, extensionDir: mv === 2 ? EXTENSION_DIRS.firefoxMv2 : EXTENSION_DIRS.firefoxMv3 }),
    ids: () => ({ runtimeId: GECKO_ID(), originHost: new URL(FIREFOX_ORIGIN).host }),
    grant: (b) => grantWithOptionsPage(b, SINA.url, ['qq']),
  })),
];

for (const kind of KINDS.filter((k) => runs(k.name))) describe(`a page of a granted other site that fights the extension — ${kind.name}`, () => {
  let server: TestServer;
  let b: E2eBrowser;
  let runtimeId: string;
  let originHost: string;
  beforeAll(async () => {
    server = await startServer([hostileSiteRoute(QQ), routeFor(SINA)]);
    b = await kind.launch(server);
    ({ runtimeId, originHost } = kind.ids(b));
    await kind.grant(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('cleans although the page throws and clobbers globals; the popup reads it without fetching an image its CSP forbids', async () => {
    const page = await b.newPage();
    await page.goto(QQ.url);
    await waitFor(async () => (await ours(page)).attr, 'cleaned');
    // The page's own additions are in force: its globals are our divs, its errors were thrown.
    const clobbered = await page.evaluate((names: string[]) => names.filter((n) => (window as unknown as Record<string, unknown>)[n] instanceof HTMLDivElement), [...CLOBBERED_GLOBALS]);
    // Chromium's own `chrome` wins over a named element; everywhere else the page's div does.
    expect(clobbered).toEqual(CLOBBERED_GLOBALS.filter((n) => n !== 'chrome' || b.name !== 'chromium'));
    await waitFor(async () => page.errors.filter((e) => e.includes(PAGE_BOOM)).length >= 2, 'both page errors seen');
    expect(page.errors.filter((e) => e.includes(PAGE_BOOM) && e.includes('[extension]'))).toEqual([]);
    expect(page.errors.filter((e) => e.includes('[extension]'))).toEqual([]);
    expect(await lateJunkHandled(page, QQ_CASE, 1)).toBe(true);

    await settle(server, page, 1);
    const { popup, state } = await popupState(b, page);
    expect(state).toBe('article');
    await settle(server, page, 2);
    expect(beaconHits(server)).toEqual([]);
    await page.evaluate((sels: string[]) => sels.map((s) => document.querySelector(s)).find(Boolean)?.scrollIntoView(), QQ_ROOTS);
    await page.screenshot(path.join(ARTIFACTS, `hostile-site-qq-${kind.name}.png`));
    await popup.screenshot(path.join(ARTIFACTS, `hostile-site-qq-popup-${kind.name}.png`));
    await Promise.all([popup.close(), page.close()]);
  });

  it('keeps cleaning and answering after the page forges WXT\'s "content script started" for site-clean', async () => {
    const page = await b.newPage();
    await page.goto(QQ.url);
    await waitFor(async () => (await ours(page)).attr, 'cleaned');
    await page.addScript(`(() => {
      const type = ${JSON.stringify(`${runtimeId}:site-clean:wxt:content-script-started`)};
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'site-clean', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'site-clean', messageId: 'forged' }, '*');
    })();`);
    expect(await lateJunkHandled(page, QQ_CASE, 2)).toBe(true);
    const { popup, state } = await popupState(b, page);
    expect(state).toBe('article');
    expect(page.errors.filter((e) => e.includes('[extension]'))).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  for (const c of [SINA_CASE, QQ_CASE]) {
    it(`${c.name}: the page takes our stylesheet and switch away → both come back, late junk is hidden again`, async () => {
      const page = await b.newPage();
      await page.goto(c.url);
      await waitFor(async () => { const o = await ours(page); return o.attr && o.style; }, 'cleaned');
      expect(await lateJunkHandled(page, c, 3)).toBe(true);
      await page.addScript(`(() => {
        document.querySelectorAll('style[${OWN_ATTR}]').forEach((s) => s.remove());
        document.documentElement.removeAttribute('${CLEAN_ATTR}');
      })();`);
      const back = await waitFor(async () => { const o = await ours(page); return o.attr && o.style ? o : null; }, `${c.name}: stylesheet and switch back`).catch(() => null);
      const lateHidden = await lateJunkHandled(page, c, 4);
      expect({ back: !!back, lateHidden }).toEqual({ back: true, lateHidden: true });
      await page.close();
    });
  }

  it('a page that keeps removing our switch costs at most one restore per timer tick; the popup switch still turns cleaning off', async () => {
    const page = await b.newPage();
    await page.goto(QQ.url);
    await waitFor(async () => { const o = await ours(page); return o.attr && o.style; }, 'cleaned');
    // The page removes the attribute every time it appears, for one second, counting our restores.
    const restores = await page.evaluate((attr) => new Promise<number>((resolve) => {
      let n = 0;
      const root = document.documentElement;
      const mo = new MutationObserver(() => {
        if (!root.hasAttribute(attr)) return;
        n++;
        root.removeAttribute(attr);
      });
      mo.observe(root, { attributes: true, attributeFilter: [attr] });
      root.removeAttribute(attr);
      setTimeout(() => (mo.disconnect(), resolve(n)), 1000);
    }), CLEAN_ATTR);
    // A restore at most every 50 ms, and the page kept running (its timer resolved the count).
    expect(restores).toBeGreaterThan(0);
    expect(restores).toBeLessThanOrEqual(25);
    await waitFor(async () => (await ours(page)).attr, 'restored once the page gives up');

    // Switching cleaning off is ours to do: the keeper does not fight it.
    const { popup } = await popupState(b, page);
    await popup.click('[data-action="toggle-clean"][aria-pressed="true"]');
    await waitFor(async () => { const o = await ours(page); return !o.attr && !o.style; }, 'switched off by the popup');
    // Still off once the popup has read the page again (a round trip through the content script).
    await popup.evaluate(() => location.reload());
    await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-action="toggle-clean"][aria-pressed="false"]')), 'popup shows cleaning off');
    expect(await ours(page)).toEqual({ attr: false, style: false });
    await popup.click('[data-action="toggle-clean"][aria-pressed="false"]');
    await waitFor(async () => { const o = await ours(page); return o.attr && o.style; }, 'switched on again by the popup');
    await Promise.all([popup.close(), page.close()]);
  });

  it('nothing on the page names the extension\'s id or origin', async () => {
    const page = await b.newPage();
    await page.goto(QQ.url);
    await waitFor(async () => (await ours(page)).attr, 'cleaned');
    const { popup } = await popupState(b, page);
    await settle(server, page, 3);
    const seen = await page.evaluate(() => [
      document.documentElement.outerHTML,
      ...performance.getEntries().map((e) => e.name),
      ...(window as unknown as { __seenMessages: string[] }).__seenMessages,
      ...Object.keys(window),
    ].join('\n'));
    // Our id and origin only: the saved qq page itself names another extension's chrome-extension://
    // script, so a bare scheme match would be the page's own.
    for (const id of new Set([runtimeId, originHost])) expect(seen).not.toContain(id);
    await Promise.all([popup.close(), page.close()]);
  });
});
