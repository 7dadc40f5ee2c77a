/** Chromium (Debian's /usr/bin/chromium) with the Chrome MV3 build loaded, via playwright-core. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { PAGE_LOAD_MS } from '../patience';
import { DETERMINISTIC_PAGE, errorEntry, stackFrames, type E2eBrowser, type E2eFrame, type E2ePage } from './harness';
import { ROOT } from './pages';

/** The one extension API the tests call in the service worker (no @types/chrome here). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function wrapFrame(f: Frame | Page): E2eFrame {
  return {
    evaluate: (fn, arg) => f.evaluate(fn as never, arg as never),
    click: (sel) => f.click(sel),
  };
}

function wrapPage(page: Page): E2ePage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(errorEntry('pageerror', e.message, stackFrames(e))));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(errorEntry('console', m.text(), m.location().url));
  });
  return {
    ...wrapFrame(page),
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: PAGE_LOAD_MS })),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    keyboard: (key) => page.keyboard.press(key),
    userClick: async (sel) => {
      await page.bringToFront();
      await page.click(sel);
    },
    addScript: async (content) => void (await page.addScriptTag({ content })),
    readerFrame: async () => {
      // Any chrome-extension host: Chrome serves the reader at its per-session dynamic id (wxt.config.ts).
      const f = page.frames().find((fr) => /^chrome-extension:\/\/[^/]+\/reader\.html/.test(fr.url()));
      return f ? wrapFrame(f) : null;
    },
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  extensionDir?: string;
  hostRules: string;
  headless?: boolean;
}

export async function launchChromium(opts: LaunchOptions): Promise<E2eBrowser & { context: BrowserContext; sw?: Worker }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sfc-chromium-'));
  const downloadsDir = path.join(profile, 'downloads');
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  mkdirSync(downloadsDir);
  writeFileSync(path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }));
  const ext = opts.extensionDir;
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--ignore-certificate-errors', '--lang=zh-CN',
    `--host-resolver-rules=${opts.hostRules}`,
    ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: opts.headless ?? true, args, viewport: { width: 1280, height: 900 },
    locale: 'zh-CN', ignoreDefaultArgs: ['--disable-extensions'],
    // The browser's UI language (what browser.i18n uses) comes from the environment on Linux.
    // LANG stays a UTF-8 locale that exists (C.UTF-8): Chromium encodes file names in it (CJK names).
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'C.UTF-8' },
  });
  await context.addInitScript({ content: DETERMINISTIC_PAGE });
  // Let downloads land in downloadsDir under the extension's file name (Playwright intercepts them otherwise).
  const cdp = await context.browser()?.newBrowserCDPSession();
  await cdp?.send('Browser.setDownloadBehavior', { behavior: 'default' });
  let sw: Worker | undefined;
  let origin = 'chrome-extension://none';
  if (ext) {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    origin = `chrome-extension://${new URL(sw.url()).host}`; // URL.origin is "null" for this scheme in Node
  }
  const tabIdOf = async (url: string) =>
    sw!.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
  const pages = new Map<E2ePage, Page>();
  const newPage = async () => {
    const p = await context.newPage();
    const w = wrapPage(p);
    pages.set(w, p);
    return w;
  };
  return {
    name: 'chromium', downloadsDir, context, sw, newPage,
    openPopup: async (page) => {
      const target = pages.get(page)!;
      const tabId = await tabIdOf(target.url());
      const popup = await newPage();
      await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
      await target.bringToFront();
      return popup;
    },
    close: () => context.close(),
  };
}

export const EXTENSION_DIRS = {
  chrome: path.join(ROOT, '.output/chrome-mv3'),
  /** e2e mode: the normal build plus test hooks and one test host (tests/e2e/fallback.e2e.test.ts). */
  chromeE2e: path.join(ROOT, '.output/chrome-mv3-e2e'),
  firefoxMv2: path.join(ROOT, '.output/firefox-mv2-e2e'),
  firefoxMv3: path.join(ROOT, '.output/firefox-mv3-e2e'),
};
