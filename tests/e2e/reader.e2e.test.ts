/**
 * Reader view, toggles and hostile input in real browsers: `open-reader` shows the article over
 * the page (URL unchanged), Esc or the popup closes it; `toggle-clean` gives back the original
 * page and takes it away again; `toggle-auto-reader` opens the reader on load; an article full of
 * script-injection attempts runs none of them in the reader or in the saved post.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { BROWSERS } from './support/browsers';
import { nextDownload } from './support/cli';
import { articleParagraphs, extractInNode } from './support/expect-article';
import { reloadUntil, waitFor, type E2eBrowser, type E2eFrame, type E2ePage } from '../../support/browser/harness';
import { domSnapshot, hiddenParagraphs } from './support/page-probes';
import { DEMO_IMAGE, DEMO_PAGE, HOSTILE_PAGE, OTHER_PAGES, ROOT, routeFor, withScheme } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';
import { openPopupOn, pressAndWaitStatus } from './support/popup';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const SAVED_URL = 'https://finance.sina.com.cn/__saved-post.html';

/**
 * The reader frame once it shows the article. The frame is looked up again on every try: Chromium
 * swaps a new iframe's initial in-process frame for the extension's out-of-process one, and the
 * driver's first Frame object can be detached under us.
 */
async function reader(page: E2ePage): Promise<E2eFrame> {
  return waitFor(async () => {
    const frame = await page.readerFrame();
    const ready = await frame?.evaluate(() => Boolean(document.querySelector('main[data-state="article"] h1')?.textContent));
    return ready ? frame : null;
  }, 'reader frame showing the article');
}

const readerMounted = (page: E2ePage) =>
  page.evaluate(() => document.querySelector('[data-sfc-own="reader"]') !== null);

for (const kind of BROWSERS) {
  describeCorpus(`reader and toggles — ${kind.name}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    let bare: E2eBrowser;
    beforeAll(async () => {
      server = await startServer([DEMO_PAGE, HOSTILE_PAGE, OTHER_PAGES[0]!].flatMap((p) =>
        [routeFor(withScheme(p, 'http')), routeFor(withScheme(p, 'https'))]).concat(DEMO_IMAGE));
      [b, bare] = await Promise.all([kind.launch(server, true), kind.launch(server, false)]);
    });
    afterAll(async () => {
      await Promise.all([b?.close(), bare?.close()]);
      await server?.close();
    });

    it('open-reader shows the article over the page; Esc and the popup close it', async () => {
      const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
      const seen = server.requests.length;
      await popup.click('[data-action="open-reader"]');
      const frame = await reader(page);
      await waitFor(() => frame.evaluate(() => [...document.images].every((i) => i.complete)), 'reader images loaded');
      // Sina's image hosts refuse foreign referrers: the reader's image requests carry none.
      const imageRequests = server.requests.slice(seen).filter((r) => r.url === DEMO_IMAGE.url);
      expect(imageRequests.length).toBeGreaterThan(0);
      expect(imageRequests.map((r) => r.referer ?? null)).toEqual(imageRequests.map(() => null));
      expect(await frame.evaluate(() => document.querySelector('h1')?.textContent)).toBe('新能源汽车出口前两月同比增长逾三成 多家车企加码海外产能');
      const missing = await frame.evaluate(hiddenParagraphs, articleParagraphs(extractInNode(DEMO_PAGE)));
      expect(missing).toEqual([]);
      expect(await frame.evaluate(() => [...document.images].every((i) => i.referrerPolicy === 'no-referrer'))).toBe(true);
      expect(await frame.evaluate(() => document.querySelectorAll('table td').length)).toBeGreaterThan(0);
      expect(await page.evaluate(() => location.href)).toBe(DEMO_PAGE.url);
      // The page sees our overlay's host, never the frame inside its closed shadow root
      // (lib/page/reader-overlay.ts).
      expect(await page.evaluate(() => [document.querySelectorAll('[data-sfc-own="reader"]').length, document.querySelectorAll('iframe').length])).toEqual([1, 0]);
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-reader.png`));
      // Typography is remembered: pick the serif font and the dark theme, reopen, still there.
      await frame.evaluate(() => {
        const pick = (name: string, value: string) => {
          const el = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
          el.value = value;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        };
        pick('font', 'serif');
        pick('theme', 'dark');
      });
      await waitFor(() => frame.evaluate(() => document.documentElement.dataset.theme === 'dark'), 'dark theme');
      expect(await frame.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Noto Serif CJK SC');
      // The theme is painted, not only set: the reader's own background is dark (#1c1d20).
      expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 29, 32)');
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-reader-dark-serif.png`));
      // Esc inside the reader closes it. Dispatched after evaluate returns: the handler removes the
      // frame, and a frame removed while evaluate is in flight fails it ("Frame was detached", seen in CI).
      await frame.evaluate(() => void setTimeout(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), 50));
      await waitFor(async () => !(await readerMounted(page)), 'reader closed by Esc in the reader');
      // Esc in the page closes it.
      await reloadUntil(popup, '[data-action="open-reader"]', 'popup again');
      await popup.click('[data-action="open-reader"]');
      const again = await reader(page);
      await waitFor(() => again.evaluate(() => document.documentElement.dataset.font === 'serif' && document.documentElement.dataset.theme === 'dark'), 'typography remembered');
      await again.evaluate(() => {
        for (const [name, value] of [['font', 'sans'], ['theme', 'auto']]) {
          const el = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
          el.value = value!;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
      await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
      await waitFor(async () => !(await readerMounted(page)), 'reader closed by Esc in the page');
      // The popup closes it.
      await popup.click('[data-action="open-reader"]');
      await reader(page);
      await waitFor(() => popup.evaluate(() => document.querySelector('[data-action="open-reader"]')?.getAttribute('aria-pressed') === 'true'), 'popup knows');
      await popup.click('[data-action="open-reader"]');
      await waitFor(async () => !(await readerMounted(page)), 'reader closed by the popup');
      expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
      await Promise.all([popup.close(), page.close()]);
    });

    it('toggle-clean restores the original page at once and cleans it again', async () => {
      server.blockPageScripts = true; // the page's own scripts would make two loads differ
      try {
        const original = await bare.newPage();
        await original.goto(DEMO_PAGE.url);
        const want = await original.evaluate(domSnapshot);
        const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
        const cleaned = await page.evaluate(domSnapshot);
        expect(cleaned).not.toBe(want);
        await popup.click('[data-action="toggle-clean"]');
        await waitFor(() => popup.evaluate(() => document.querySelector('[data-action="toggle-clean"]')?.getAttribute('aria-pressed') === 'false'), 'toggle off');
        await waitFor(async () => (await page.evaluate(domSnapshot)) === want, 'page restored exactly', 5000)
          .catch(async () => expect(await page.evaluate(domSnapshot)).toBe(want));
        await page.screenshot(path.join(ARTIFACTS, `${kind.name}-toggle-off.png`));
        await popup.click('[data-action="toggle-clean"]');
        await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean')), 'cleaned again');
        expect(await page.evaluate(() => document.querySelector('.appendQr_wrap')?.checkVisibility())).toBe(false);
        await Promise.all([popup.close(), page.close(), original.close()]);
      } finally {
        server.blockPageScripts = false;
      }
    });

    it('toggle-auto-reader opens the reader when the article loads', async () => {
      const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
      await popup.click('[data-action="toggle-auto-reader"]');
      await waitFor(() => popup.evaluate(() => document.querySelector('[data-action="toggle-auto-reader"]')?.getAttribute('aria-pressed') === 'true'), 'auto on');
      expect(await readerMounted(page)).toBe(false); // switching it on does not open the reader here
      const next = await b.newPage();
      await next.goto(DEMO_PAGE.url);
      const frame = await reader(next);
      expect(await frame.evaluate(() => document.querySelector('h1')?.textContent)).toContain('新能源汽车出口');
      await popup.click('[data-action="toggle-auto-reader"]');
      await waitFor(() => popup.evaluate(() => document.querySelector('[data-action="toggle-auto-reader"]')?.getAttribute('aria-pressed') === 'false'), 'auto off');
      await Promise.all([popup.close(), page.close(), next.close()]);
    });

    it('runs none of the injection attempts in the reader or the saved post', async () => {
      server.blockPageScripts = true; // the live page itself would run its own markup; we test ours
      try {
        const known = new Set(readdirSync(b.downloadsDir));
        const { page, popup } = await openPopupOn(b, HOSTILE_PAGE.url);
        const title = await page.evaluate(() => document.title);
        await popup.click('[data-action="open-reader"]');
        const frame = await reader(page);
        await new Promise((r) => setTimeout(r, 1000)); // give any handler a chance to fire
        const inReader = await frame.evaluate(() => ({
          pwned: (window as { __pwned?: unknown }).__pwned ?? null,
          title: document.title,
          h1: document.querySelector('h1')?.textContent,
          scripts: document.querySelectorAll('main script, main iframe, main object, main embed, main form, main style').length,
          handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
          jsLinks: [...document.querySelectorAll('main a[href]')].filter((a) => !/^https?:|^#|^mailto:/i.test(a.getAttribute('href') ?? '')).length,
        }));
        expect(inReader).toEqual({
          pwned: null, title: '测试<img src=x onerror=window.__pwned=1>：注入尝试', h1: '测试<img src=x onerror=window.__pwned=1>：注入尝试',
          scripts: 0, handlers: 0, jsLinks: 0,
        });
        // The live page's own markup clobbers window.__pwned with an element (id="__pwned"); a script would set a string.
        expect(await page.evaluate(() => [typeof (window as { __pwned?: unknown }).__pwned, document.title])).toEqual(['object', title]);
        await page.screenshot(path.join(ARTIFACTS, `${kind.name}-reader-hostile.png`));
        await popup.click('[data-action="open-reader"]');
        expect(await pressAndWaitStatus(popup, 'save-post')).toMatchObject({ kind: 'ok' });
        const post = await nextDownload(b.downloadsDir, known);
        // Front matter is YAML data (the title stays the literal text Hexo escapes); the body is HTML.
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(post.content) ?? [];
        expect(front).toContain("title: '测试<img src=x onerror=window.__pwned=1>：注入尝试'");
        expect(body).toContain('第一段：正常文字');
        expect(body).not.toMatch(/<script|<iframe|<object|<embed|<form|<meta|<base|<style|<svg|<math|\son\w+\s*=|javascript:|vbscript:|data:text/i);
        // Serve the saved post as a page (scripts allowed) and see that nothing in it runs.
        server.blockPageScripts = false;
        server.add({ url: SAVED_URL, body, contentType: 'text/html; charset=utf-8' });
        const saved = await bare.newPage();
        await saved.goto(SAVED_URL);
        await new Promise((r) => setTimeout(r, 1000));
        expect(await saved.evaluate(() => [(window as { __pwned?: unknown }).__pwned ?? null, document.title])).toEqual([null, '']);
        await Promise.all([popup.close(), page.close(), saved.close()]);
      } finally {
        server.blockPageScripts = false;
      }
    });
  });
}
