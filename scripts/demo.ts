/**
 * `npm run demo`: builds (npm script), then opens Chromium with the extension loaded on the demo
 * article (demo/finance-article.html, written for the project), served locally at its real Sina
 * URL. Close the browser (or Ctrl+C) to stop.
 * `npm run screenshots` (`--headless`): the same without a display. Writes to .output/screenshots/
 * (ignored by git) the page before and after cleaning (the window and the full page, where the QR
 * and app promos further down are seen going away), the popup, the reader view and controls.json
 * (the popup's and reader's controls, scripts/control-list.ts). `--update-docs`
 * (`npm run docs:screenshots`) writes them to docs/screenshots/, the README's images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { launchChromium, EXTENSION_DIRS, type ChromiumBrowser } from '../support/browser/chromium';
import { waitFor } from '../support/browser/harness';
import { DEMO_IMAGE, DEMO_PAGE, ROOT, routeFor } from '../support/browser/pages';
import { startServer, type TestServer } from '../support/browser/server';
import { listControls, type Control } from './control-list';

const headless = process.argv.includes('--headless');
const OUT = path.join(ROOT, process.argv.includes('--update-docs') ? 'docs/screenshots' : '.output/screenshots');
/** The ad the demo's own script injects 800 ms after load (demo/finance-article.html). */
const LATE_AD = 'ins.sinaads[data-ad-pdps="PDPS000000060230"]';

async function interactive(server: TestServer): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display here: run `npm run screenshots` for the headless variant (.output/screenshots/).');
    process.exit(1);
  }
  const b = await launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome, headless: false });
  const page = await b.newPage();
  await page.goto(DEMO_PAGE.url);
  console.log(`Demo article: ${DEMO_PAGE.url}\nClick the extension's toolbar button (puzzle piece → 新浪财经净读). Close the browser to stop.`);
  await new Promise<void>((resolve) => b.browser.on('disconnected', () => resolve()));
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.bringToFront();
  await page.screenshot({ path: path.join(OUT, name) as `${string}.png`, fullPage });
  console.log(`wrote ${path.relative(ROOT, path.join(OUT, name))}`);
}

/** listControls run in the page; `__name` is the helper tsx's esbuild wraps named functions in. */
function controlsIn(frame: Page | Frame, selector: string): Promise<Control[]> {
  const src = `(() => { const __name = (f) => f; return (${listControls.toString()})(document.querySelector(${JSON.stringify(selector)})); })()`;
  return frame.evaluate(src) as Promise<Control[]>;
}

/**
 * The demo article once its late ad has come (and, with the extension, gone: the late-ad watcher
 * removes it) and its fonts are ready. A main-world observer notes the ad's arrival, which the
 * content script's isolated world may undo within the same task.
 */
async function openDemo(page: Page, cleaned: boolean): Promise<void> {
  await page.evaluateOnNewDocument((sel) => {
    new MutationObserver((records) => {
      const seen = records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.matches(sel)));
      if (seen) document.documentElement.dataset.demoLateAd = '';
    }).observe(document, { childList: true, subtree: true });
  }, LATE_AD);
  await page.goto(DEMO_PAGE.url, { waitUntil: 'load' });
  await page.waitForFunction((sel, clean) => document.documentElement.dataset.demoLateAd === '' &&
    (!clean || !document.querySelector(sel)?.checkVisibility()), { polling: 100 }, LATE_AD, cleaned);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function shootPopupAndReader(b: ChromiumBrowser, after: Page): Promise<Record<string, Control[]>> {
  const tabId = await b.sw!.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, DEMO_PAGE.url);
  const popup = await b.newDriverPage();
  await popup.setViewport({ width: 340, height: 400 });
  await popup.goto(`chrome-extension://${new URL(b.sw!.url()).host}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-state="article"]');
  await popup.waitForSelector('[data-batch="idle"]');
  await shot(popup, 'popup.png', true);
  const popupControls = await controlsIn(popup, '#app');
  await popup.click('[data-action="open-reader"]');
  // The reader frame sits in a closed shadow root (lib/page/reader-overlay.ts): found among the page's frames.
  const readerFrame = () => after.frames().find((f) => /^chrome-extension:\/\/[^/]+\/reader\.html/.test(f.url()));
  await waitFor(async () => Boolean(await readerFrame()?.evaluate(() => Boolean(document.querySelector('main[data-state="article"] h1')))), 'reader showing the article');
  const frame = readerFrame()!;
  await frame.waitForFunction(() => [...document.images].every((i) => i.complete) && document.fonts.status === 'loaded', { polling: 100 });
  await after.bringToFront();
  await shot(after, 'reader.png');
  return { popup: popupControls, reader: await controlsIn(frame, '#app') };
}

async function screenshots(server: TestServer): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const [withExt, bare] = await Promise.all([
    launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome }),
    launchChromium({ hostRules: server.hostRules }),
  ]);
  try {
    const before = await bare.newDriverPage();
    await openDemo(before, false);
    await shot(before, 'page-before.png');
    await shot(before, 'page-before-full.png', true);
    const after = await withExt.newDriverPage();
    await openDemo(after, true);
    await shot(after, 'page-after.png');
    await shot(after, 'page-after-full.png', true);
    const controls = await shootPopupAndReader(withExt, after);
    const file = path.join(OUT, 'controls.json');
    writeFileSync(file, `${JSON.stringify({ locale: 'zh_CN', ...controls }, null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  } finally {
    await Promise.all([withExt.close(), bare.close()]);
  }
}

/** The one extension API used from the service worker (no @types/chrome here). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

async function main(): Promise<void> {
  const server = await startServer([routeFor(DEMO_PAGE), DEMO_IMAGE]);
  try {
    await (headless ? screenshots(server) : interactive(server));
  } finally {
    await server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
