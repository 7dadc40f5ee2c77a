/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) via puppeteer-core, with the e2e build of the
 * extension installed as a temporary add-on. Firefox has no host-resolver flag: the test server is
 * its HTTP and SSL proxy. Puppeteer cannot navigate to moz-extension:// pages, so the e2e build
 * (`wxt build --mode e2e`) carries a hook: the page posts `{ sfcE2e: 'open-popup' }` and the
 * content script asks the background to open the popup for that tab (see entrypoints/).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../utils/release';
import { CONDITION_WAIT_MS, PAGE_LOAD_MS } from '../../../support/patience';
import { DETERMINISTIC_PAGE, errorEntry, evaluateNamed, stackFrames, waitFor, type E2eBrowser, type E2eFrame, type E2ePage } from '../../../support/browser/harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = '5f1e2d3c-4b5a-4697-8a8b-0c1d2e3f4a5b';
export const FIREFOX_ORIGIN = `moz-extension://${UUID}`;

function wrapFrame(f: Frame | Page): E2eFrame {
  return {
    evaluate: (fn, arg) => evaluateNamed(f.evaluate(fn as never, arg as never), fn) as never,
    click: async (sel) => {
      await f.waitForSelector(sel, { timeout: CONDITION_WAIT_MS });
      // A DOM click: puppeteer's mouse click needs the tab in front, which extension tabs may not be.
      await f.$eval(sel, (el) => (el as HTMLElement).click());
    },
  };
}

function wrapPage(page: Page): E2ePage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(errorEntry('pageerror', (e as Error).message ?? String(e), stackFrames(e as Error))));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(errorEntry('console', m.text(), m.stackTrace().map((f) => f.url ?? '').join('\n')));
  });
  return {
    ...wrapFrame(page),
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: PAGE_LOAD_MS })),
    screenshot: async (file) => {
      await page.bringToFront();
      await page.screenshot({ path: file as `${string}.png` });
    },
    keyboard: (key) => page.keyboard.press(key as never),
    userClick: async (sel) => {
      await page.bringToFront();
      await page.waitForSelector(sel, { timeout: CONDITION_WAIT_MS });
      await page.click(sel);
    },
    addScript: async (content) => void (await page.addScriptTag({ content })),
    readerFrame: async () => {
      for (const f of page.frames()) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${FIREFOX_ORIGIN}/reader.html`)) return wrapFrame(f);
      }
      return null;
    },
    close: () => page.close(),
  };
}

async function findExtensionPage(browser: Browser, pathPrefix: string, known: Set<Page>): Promise<Page> {
  return waitFor(async () => {
    for (const p of await browser.pages()) {
      if (known.has(p)) continue;
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${FIREFOX_ORIGIN}/${pathPrefix}`)) return p;
    }
    return null;
  }, `extension page ${pathPrefix}`, 15000);
}

export async function launchFirefox(opts: { extensionDir?: string; proxyPort: number; mv: 2 | 3 }): Promise<E2eBrowser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfc-firefox-'));
  const downloadsDir = path.join(dir, 'downloads');
  mkdirSync(downloadsDir);
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': opts.proxyPort,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true,
      'browser.download.folderList': 2, 'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'intl.locale.requested': 'zh-CN', 'intl.accept_languages': 'zh-CN, zh',
      // permissions.request() is granted without its doorhanger, which a headless browser cannot click
      // (the popup's grant-access button in tests/e2e/popup.e2e.test.ts).
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  if (opts.extensionDir) await browser.installExtension(opts.extensionDir);
  const wrapped = new Map<E2ePage, Page>();
  const newPage = async () => {
    const p = await browser.newPage();
    await p.evaluateOnNewDocument(DETERMINISTIC_PAGE);
    const w = wrapPage(p);
    wrapped.set(w, p);
    return w;
  };
  return {
    name: opts.mv === 2 ? 'firefox-mv2' : 'firefox-mv3', downloadsDir, newPage,
    openPopup: async (page) => {
      const known = new Set(await browser.pages());
      await page.evaluate(() => window.postMessage({ sfcE2e: 'open-popup' }, '*'));
      const p = await findExtensionPage(browser, 'popup.html', known);
      const w = wrapPage(p);
      wrapped.set(w, p);
      await waitFor(() => p.evaluate(() => document.readyState === 'complete'), 'popup load');
      return w;
    },
    close: () => browser.close(),
  };
}
