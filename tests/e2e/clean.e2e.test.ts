/**
 * Live-page cleaning in real browsers, pages at their real Sina URLs (http and https):
 * every corpus article: no junk rendered, every article paragraph rendered; late-injected ads go;
 * non-article pages: DOM identical with and without the extension; no new page errors.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { TEMPLATES } from '@/utils/sites/sina';
import { LIVE_HIDE, LIVE_REMOVE } from '@/utils/sites/sina-junk';
import { BROWSERS } from './support/browsers';
import { articleParagraphs, extractInNode } from './support/expect-article';
import { newErrors, settled, waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { domSnapshot, hiddenParagraphs, visibleJunk, type JunkProbe } from './support/page-probes';
import { ARTICLE_PAGES, DEMO_IMAGE, DEMO_PAGE, OTHER_PAGES, ROOT, routeFor, withScheme, type TestPage } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const probeFor = (page: TestPage): JunkProbe => {
  const template = extractInNode(page);
  const rule = TEMPLATES.find((t) => template.ok && t.id === template.article.template);
  return { hide: [...LIVE_HIDE], remove: [...LIVE_REMOVE], roots: [...(rule?.root ?? ['#artibody'])] };
};

/** Firefox runs a subset to keep CI time down; Chromium runs every page. */
function pagesFor(browser: string, pages: TestPage[]): TestPage[] {
  return browser === 'chromium' ? pages : pages.filter((_, i) => i % 3 === 0);
}

/** Alternate http/https so both schemes are exercised on every browser. */
const schemed = (pages: TestPage[]) => pages.map((p, i) => withScheme(p, i % 2 ? 'http' : 'https'));

for (const kind of BROWSERS) {
  describeCorpus(`live cleaning — ${kind.name}`, () => {
    let server: TestServer;
    let withExt: E2eBrowser;
    let bare: E2eBrowser;
    beforeAll(async () => {
      server = await startServer([...ARTICLE_PAGES, ...OTHER_PAGES, DEMO_PAGE].flatMap((p) =>
        [routeFor(withScheme(p, 'http')), routeFor(withScheme(p, 'https'))]).concat(DEMO_IMAGE));
      [withExt, bare] = await Promise.all([kind.launch(server, true), kind.launch(server, false)]);
    });
    afterAll(async () => {
      await Promise.all([withExt?.close(), bare?.close()]);
      await server?.close();
    });

    /** Junk rendered WITHOUT the extension on the pages above: the checks must not be vacuous. */
    let junkSeenWithout = 0;

    async function visit(b: E2eBrowser, url: string): Promise<E2ePage> {
      const page = await b.newPage();
      await page.goto(url);
      return page;
    }

    for (const page of schemed(pagesFor(kind.name, [...ARTICLE_PAGES, DEMO_PAGE]))) {
      it(`cleans ${page.name} (${page.url.split(':')[0]})`, async () => {
        const probe = probeFor(page);
        const paragraphs = articleParagraphs(extractInNode(page));
        expect(paragraphs.length).toBeGreaterThan(0);
        const before = await visit(bare, page.url);
        const after = await visit(withExt, page.url);
        await waitFor(() => after.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean')), 'clean attribute');
        // Junk is never painted: the hide stylesheet was switched on before <body> existed.
        expect(await after.evaluate(() => (window as { __sfcAtBody?: unknown }).__sfcAtBody)).toEqual({ attr: true, style: true });
        expect(await after.evaluate(visibleJunk, probe)).toEqual([]);
        expect(await after.evaluate(hiddenParagraphs, paragraphs)).toEqual([]);
        junkSeenWithout += (await before.evaluate(visibleJunk, probe)).length;
        await before.screenshot(path.join(ARTIFACTS, `${kind.name}-${page.name}-before.png`));
        await after.screenshot(path.join(ARTIFACTS, `${kind.name}-${page.name}-after.png`));
        expect(newErrors(after.errors, before.errors)).toEqual([]);
        await Promise.all([before.close(), after.close()]);
      });
    }

    it('found junk to clean (the visibility checks above are not vacuous)', () => {
      expect(junkSeenWithout).toBeGreaterThan(0);
    });

    it('removes an ad the page injects after load', async () => {
      const page = await visit(withExt, DEMO_PAGE.url);
      await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean')), 'clean attribute');
      await page.evaluate(() => {
        const ad = document.createElement('ins');
        ad.className = 'sinaads';
        ad.id = 'late-ad';
        ad.textContent = '广告 late ad';
        document.querySelector('#artibody')!.appendChild(ad);
        const frame = document.createElement('iframe');
        frame.id = 'late-frame';
        document.querySelector('#artibody')!.appendChild(frame);
      });
      // Our ads and the demo's own late ad (injected 800 ms after load) are all gone.
      await waitFor(() => page.evaluate(() => {
        const own = document.querySelector('ins[data-ad-pdps="PDPS000000060230"]');
        return (window as { __demoAdsInjected?: boolean }).__demoAdsInjected === true && !own &&
          !document.getElementById('late-ad') && !document.getElementById('late-frame');
      }), 'the late ads removed');
      expect(await page.evaluate(visibleJunk, probeFor(DEMO_PAGE))).toEqual([]);
      await page.close();
    });

    for (const page of schemed(pagesFor(kind.name, OTHER_PAGES))) {
      it(`leaves ${page.name} exactly as it was`, async () => {
        // 1. DOM identity, with the page's own (non-deterministic) scripts blocked by CSP.
        server.blockPageScripts = true;
        const staticA = await visit(bare, page.url);
        const staticB = await visit(withExt, page.url);
        server.blockPageScripts = false;
        await Promise.all([settled(staticA), settled(staticB)]);
        const [a, b] = await Promise.all([staticA.evaluate(domSnapshot), staticB.evaluate(domSnapshot)]);
        expect(b.length).toBeGreaterThan(1000);
        expect(b).toBe(a);
        // 2. With the page's scripts running: nothing of ours, no new errors.
        const before = await visit(bare, page.url);
        const after = await visit(withExt, page.url);
        await Promise.all([settled(before), settled(after)]);
        expect(await after.evaluate(() => document.querySelectorAll('[data-sfc-own], html[data-sfc-clean]').length)).toBe(0);
        expect(newErrors(after.errors, before.errors)).toEqual([]);
        await Promise.all([staticA.close(), staticB.close(), before.close(), after.close()]);
      });
    }
  });
}
