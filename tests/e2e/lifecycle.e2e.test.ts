/**
 * The extension updated or reloaded while a page is open (a user installing an update) leaves no
 * uncaught "Extension context invalidated" (WXT ctx helpers), and the page keeps working.
 * Chromium only: its service worker can reload the extension from the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { launchChromium, EXTENSION_DIRS } from '../../support/browser/chromium';
import { settled, waitFor } from '../../support/browser/harness';
import { DEMO_PAGE, routeFor } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';

declare const chrome: { runtime: { reload(): void } };

describe.runIf(BROWSERS.some((b) => b.name === 'chromium'))('extension reload — chromium', () => {
  let server: TestServer;
  let b: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await startServer([routeFor(DEMO_PAGE)]);
    b = await launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('leaves the open page working and throws nothing after the extension is reloaded', async () => {
    const page = await b.newPage();
    await page.goto(DEMO_PAGE.url);
    await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean')), 'cleaned');
    // The demo's own late ad (800 ms after load) has come and been removed.
    await waitFor(() => page.evaluate(() => (window as { __demoAdsInjected?: boolean }).__demoAdsInjected === true &&
      !document.querySelector('ins[data-ad-pdps="PDPS000000060230"]')), 'the late ad removed');
    const errorsBefore = [...page.errors];
    const oldWorkerClosed = new Promise((r) => b.sw!.once('close', r));
    await b.sw!.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies with it
    await oldWorkerClosed; // the old extension is gone: its content script in the page is orphaned
    // Everything that used to reach the old content script: mutations, keys, page messages.
    const stillWorks = await page.evaluate(async () => {
      for (let i = 0; i < 20; i++) document.querySelector('#artibody')!.append(Object.assign(document.createElement('ins'), { className: 'sinaads' }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      window.postMessage({ sfcE2e: 'open-popup' }, '*');
      return document.querySelectorAll('#artibody p').length > 3;
    });
    await settled(page); // every handler those reached has run
    expect(stillWorks).toBe(true);
    expect(page.errors.filter((e) => !errorsBefore.includes(e))).toEqual([]);
    expect(page.errors.join('\n')).not.toMatch(/context invalidated/i);
  });
});
