/**
 * The Readability fallback in real browsers, on a non-Sina Chinese news page (our fixture
 * tests/e2e/fixtures/other-news-article.html) served at a made-up host that only the e2e-mode
 * builds may reach (utils/hosts.ts; the popup opened in a tab gets no activeTab):
 * - the always-on script does not touch the page (DOM identical with and without the extension,
 *   also after the popup injected its bridge);
 * - the popup says "generic extraction", offers reader and export, no Sina-only switches;
 * - `open-reader` shows every article paragraph, the chart, the table, and none of the furniture;
 * - `save-post` / `save-markdown` write what `sina-clean --url <page URL>` prints for the file;
 * - the `save-post` / `toggle-reader` keyboard commands (clipper.js / the bridge injected on
 *   demand) do the same on a tab nothing had touched before.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserKind } from './support/browsers';
import { EXTENSION_DIRS, launchChromium } from '../../support/browser/chromium';
import { cliOutput, nextDownload } from './support/cli';
import { squash } from './support/expect-article';
import { newErrors, waitFor, type E2eBrowser, type E2eFrame, type E2ePage } from '../../support/browser/harness';
import { fixtureParts, openPopupOnOther, OTHER_NEWS_CHART, OTHER_NEWS_PAGE, readerText } from './support/other-news';
import { domSnapshot, hiddenParagraphs } from './support/page-probes';
import { DEMO_PAGE, ROOT, routeFor, withScheme } from '../../support/browser/pages';
import { pressAndWaitStatus } from './support/popup';
import { tabIdOf, toBackground } from './clipper-helpers/ext';
import { startServer, type TestServer } from '../../support/browser/server';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const PAGE = OTHER_NEWS_PAGE;
const TITLE = '一季度沿海港口集装箱吞吐量稳步回升 外贸企业新订单改善';

/** Chromium loads the e2e-mode Chrome build here (the normal one may not reach the test host). */
const KINDS: BrowserKind[] = BROWSERS.map((k) => k.name !== 'chromium' ? k : {
  name: k.name,
  launch: (s, ext) => launchChromium({ hostRules: s.hostRules, extensionDir: ext ? EXTENSION_DIRS.chromeE2e : undefined }),
});

/** The reader frame once it shows the article (looked up afresh each try, see reader.e2e.test.ts). */
async function reader(page: E2ePage): Promise<E2eFrame> {
  return waitFor(async () => {
    const frame = await page.readerFrame();
    const ready = await frame?.evaluate(() => Boolean(document.querySelector('main[data-state="article"] h1')?.textContent));
    return ready ? frame : null;
  }, 'reader frame showing the article', 20000);
}

const ok = (st: { kind: string; text: string }) => st.kind === 'ok' || (console.error(st.text), false);

for (const kind of KINDS) {
  describe(`Readability fallback on a non-Sina page — ${kind.name}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    let bare: E2eBrowser;
    let known: Set<string>;
    const parts = fixtureParts();
    beforeAll(async () => {
      server = await startServer([PAGE, DEMO_PAGE].flatMap((p) => [routeFor(withScheme(p, 'http')), routeFor(withScheme(p, 'https'))]));
      server.add(OTHER_NEWS_CHART);
      [b, bare] = await Promise.all([kind.launch(server, true), kind.launch(server, false)]);
      known = new Set(readdirSync(b.downloadsDir));
    });
    afterAll(async () => {
      await Promise.all([b?.close(), bare?.close()]);
      await server?.close();
    });

    it('the fixture is what the checks need (paragraphs, furniture)', () => {
      expect(parts.paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(parts.furniture.length).toBeGreaterThan(20);
      expect(parts.furniture).toEqual(expect.arrayContaining(['24小时热门', '相关阅读', '网友评论', '关于我们', '首页', '广告位招租联系电话400-000-0000']));
    });

    for (const scheme of ['https', 'http'] as const) {
      it(`leaves the page alone (${scheme}): DOM identical without the extension, also after the popup read it`, async () => {
        const url = withScheme(PAGE, scheme).url;
        const before = await bare.newPage();
        await before.goto(url);
        const after = await b.newPage();
        await after.goto(url);
        const want = await before.evaluate(domSnapshot);
        expect(want).toContain('port-throughput-chart.svg'); // the page really loaded
        expect(await after.evaluate(() => (window as { __sfcAtBody?: unknown }).__sfcAtBody)).toEqual({ attr: false, style: false });
        expect(await after.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean'))).toBe(false);
        expect(await after.evaluate(domSnapshot)).toBe(want);
        // The popup injects its small bridge (scripting.executeScript) to read the page: still untouched.
        const popup = await openPopupOnOther(b, after, withScheme(DEMO_PAGE, scheme).url);
        expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state'))).toBe('article');
        expect(await after.evaluate(domSnapshot)).toBe(want);
        expect(newErrors(after.errors, before.errors)).toEqual([]);
        await Promise.all([popup.close(), before.close(), after.close()]);
      });
    }

    it('the popup offers reader and export with generic extraction, no Sina switches', async () => {
      const page = await b.newPage();
      await page.goto(PAGE.url);
      const popup = await openPopupOnOther(b, page, DEMO_PAGE.url);
      const fields = await popup.evaluate(() => Object.fromEntries(
        [...document.querySelectorAll('[data-field]')].map((el) => [el.getAttribute('data-field'), el.textContent?.trim() ?? ''])));
      expect(fields.template).toContain('通用提取（Readability）');
      expect(fields.template).not.toContain('新浪');
      expect(fields.title).toContain(TITLE);
      expect(fields.published).toContain('2024/03/20 09:35');
      expect(fields).not.toHaveProperty('junk'); // nothing was cleaned on this page
      expect(fields).not.toHaveProperty('no-article');
      const actions = await popup.evaluate(() => [...document.querySelectorAll('[data-action]')].map((el) => el.getAttribute('data-action')));
      expect(actions).toEqual(expect.arrayContaining(['save-post', 'save-markdown', 'copy-markdown', 'open-reader']));
      expect(actions).not.toContain('toggle-clean');
      expect(actions).not.toContain('toggle-auto-reader');
      await popup.screenshot(path.join(ARTIFACTS, `${kind.name}-fallback-popup.png`));
      await Promise.all([popup.close(), page.close()]);
    });

    it('open-reader shows the article, its chart and table, none of the page furniture', async () => {
      const page = await b.newPage();
      await page.goto(PAGE.url);
      const popup = await openPopupOnOther(b, page, DEMO_PAGE.url);
      await popup.click('[data-action="open-reader"]');
      const frame = await reader(page);
      await waitFor(() => frame.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0)), 'reader images loaded');
      expect(await frame.evaluate(() => document.querySelector('h1')?.textContent)).toBe(TITLE);
      // The title once (Readability alone kept the page's <h1> in the body: its title match finds no words in Chinese).
      expect(await frame.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3')].map((h) => h.textContent?.trim())))
        .toEqual([TITLE, '外贸企业订单有所改善']);
      expect(await frame.evaluate(hiddenParagraphs, parts.paragraphs)).toEqual([]);
      expect(await frame.evaluate(() => [...document.querySelectorAll('main img')].map((i) => (i as HTMLImageElement).src)))
        .toEqual([OTHER_NEWS_CHART.url]);
      expect(await frame.evaluate(() => document.querySelectorAll('main table td').length)).toBe(12);
      const text = await frame.evaluate(readerText);
      expect(text).toContain('图为今年前两个月沿海四大港口集装箱吞吐量');
      // The page's credit lines are metadata (utils/fallback-credits.ts): 来源 and the author without
      // 记者 in the byline, the editor once under the body, the header line not in the body.
      expect(await frame.evaluate(() => document.querySelector('[data-field="byline"]')?.textContent)).toMatch(/^来源：东岸财经.*作者：周启航$/);
      expect(await frame.evaluate(() => document.querySelector('[data-field="editor"]')?.textContent)).toBe('责任编辑：沈若琳');
      expect(text).not.toContain('2024年03月20日');
      expect(text.split('责任编辑')).toHaveLength(2);
      expect(parts.furniture.filter((t) => text.includes(t))).toEqual([]);
      expect(await page.evaluate(() => location.href)).toBe(PAGE.url);
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-fallback-reader.png`));
      await frame.evaluate(() => document.querySelector('main table')?.scrollIntoView());
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-fallback-reader-table.png`));
      await frame.evaluate(() => void setTimeout(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), 50));
      await waitFor(async () => !(await page.evaluate(() => document.querySelector('[data-sfc-own="reader"]') !== null)), 'reader closed');
      await Promise.all([popup.close(), page.close()]);
    });

    // Control: the shipped Chrome build has no permission for the test host, and a popup opened in
    // a tab gets no activeTab; so the tests above pass only through the e2e build's permission.
    if (kind.name === 'chromium') it('the shipped build cannot read the page from a popup tab (control)', async () => {
      const shipped = await launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome });
      try {
        const page = await shipped.newPage();
        await page.goto(PAGE.url);
        const popup = await openPopupOnOther(shipped, page, DEMO_PAGE.url);
        expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state'))).toBe('restricted');
      } finally {
        await shipped.close();
      }
    });

    it('the save-post and toggle-reader commands work on the page (injected on demand)', async () => {
      const page = await b.newPage();
      await page.goto(PAGE.url);
      const want = await page.evaluate(domSnapshot);
      // The extension page the test talks through sits over a Sina tab: nothing has touched PAGE yet.
      const sina = await b.newPage();
      await sina.goto(DEMO_PAGE.url);
      const ext = await b.openPopup(sina);
      const tabId = await tabIdOf(ext, PAGE.url);
      expect(tabId).toBeGreaterThan(0);
      expect(await toBackground(ext, 'e2eCommand', { name: 'save-post', tabId })).toMatchObject({ ok: true });
      const file = await nextDownload(b.downloadsDir, known);
      expect(file.content).toBe(cliOutput(PAGE, 'hexo'));
      expect(await page.evaluate(domSnapshot)).toBe(want); // the one-shot clipper changed nothing
      expect(await toBackground(ext, 'e2eCommand', { name: 'toggle-reader', tabId })).toBe(true);
      const frame = await reader(page);
      expect(await frame.evaluate(hiddenParagraphs, parts.paragraphs)).toEqual([]);
      expect(await toBackground(ext, 'e2eCommand', { name: 'toggle-reader', tabId })).toBe(false);
      await waitFor(async () => (await page.evaluate(domSnapshot)) === want, 'reader closed, page as it was');
      await Promise.all([ext.close(), sina.close(), page.close()]);
    });

    for (const [action, format] of [['save-post', 'hexo'], ['save-markdown', 'markdown']] as const) {
      it(`${action} writes what sina-clean --url … --format ${format} prints`, async () => {
        const page = await b.newPage();
        await page.goto(PAGE.url);
        const popup = await openPopupOnOther(b, page, DEMO_PAGE.url);
        expect(await pressAndWaitStatus(popup, action)).toSatisfy(ok);
        const file = await nextDownload(b.downloadsDir, known);
        expect(file.name).toMatch(/^一季度沿海港口集装箱吞吐量.*\.md$/);
        const cli = cliOutput(PAGE, format);
        expect(squash(cli)).toContain(parts.paragraphs[0]);
        expect(squash(cli.replace(/^---\n[\s\S]*?\n---\n/, ''))).not.toContain(squash(TITLE)); // title in front matter only
        expect(file.content).toBe(cli); // the same bytes (the sanitizer writes attributes in one order)
        await Promise.all([popup.close(), page.close()]);
      });
    }
  });
}
