/**
 * `npm run demo`: builds (npm script), then opens Chromium with the extension loaded on the demo
 * article (demo/finance-article.html, written for the project), served locally at its real Sina
 * URL. Close the browser (or Ctrl+C) to stop.
 * `npm run screenshots` (`--headless`): writes docs/screenshots/ instead — the page before and after
 * cleaning, the popup, and the reader view — so anyone can see what it does without a display.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, EXTENSION_DIRS } from '../tests/e2e/support/chromium';
import { waitFor } from '../tests/e2e/support/harness';
import { DEMO_IMAGE, DEMO_PAGE, ROOT, routeFor } from '../tests/e2e/support/pages';
import { startServer, type TestServer } from '../tests/e2e/support/server';

const OUT = path.join(ROOT, 'docs/screenshots');
const headless = process.argv.includes('--headless');

async function interactive(server: TestServer): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display here: run `npm run screenshots` for the headless variant (docs/screenshots/).');
    process.exit(1);
  }
  const b = await launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome, headless: false });
  const page = await b.newPage();
  await page.goto(DEMO_PAGE.url);
  console.log(`Demo article: ${DEMO_PAGE.url}\nClick the extension's toolbar button (puzzle piece → 新浪财经净读). Close the browser to stop.`);
  await new Promise<void>((resolve) => b.context.on('close', () => resolve()));
}

async function screenshots(server: TestServer): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const [withExt, bare] = await Promise.all([
    launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome }),
    launchChromium({ hostRules: server.hostRules }),
  ]);
  try {
    const shot = async (name: string, take: () => Promise<void>) => {
      await take();
      console.log(`wrote ${path.relative(ROOT, path.join(OUT, name))}`);
    };
    const before = await bare.context.newPage();
    await before.goto(DEMO_PAGE.url, { waitUntil: 'load' });
    await before.waitForTimeout(1500); // the demo's ad script injects more ads 800 ms after load
    await shot('page-before.png', async () => void (await before.screenshot({ path: path.join(OUT, 'page-before.png') })));
    const after = await withExt.context.newPage();
    await after.goto(DEMO_PAGE.url, { waitUntil: 'load' });
    await after.waitForTimeout(1500);
    await shot('page-after.png', async () => void (await after.screenshot({ path: path.join(OUT, 'page-after.png') })));
    const tabId = await withExt.sw!.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, DEMO_PAGE.url);
    const popup = await withExt.context.newPage();
    await popup.setViewportSize({ width: 340, height: 400 });
    await popup.goto(`chrome-extension://${new URL(withExt.sw!.url()).host}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-state="article"]');
    await shot('popup.png', async () => void (await popup.screenshot({ path: path.join(OUT, 'popup.png'), fullPage: true })));
    await popup.click('[data-action="open-reader"]');
    // The reader frame sits in a closed shadow root (lib/reader-overlay.ts): found among the page's frames.
    await waitFor(async () => {
      const frame = after.frames().find((f) => /^chrome-extension:\/\/[^/]+\/reader\.html/.test(f.url()));
      return frame?.evaluate(() => Boolean(document.querySelector('main[data-state="article"] h1')));
    }, 'reader showing the article', 20000);
    await after.bringToFront();
    await after.waitForTimeout(300);
    await shot('reader.png', async () => void (await after.screenshot({ path: path.join(OUT, 'reader.png') })));
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
