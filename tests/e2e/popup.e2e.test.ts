/**
 * The popup in real browsers: what it detects, and `save-post` / `save-markdown` writing exactly
 * what `sina-clean` prints for the same saved page; a non-article page said plainly.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { BROWSERS } from './support/browsers';
import type { launchChromium } from '../../support/browser/chromium';
import { SINA_MATCHES } from '../../utils/hosts';
import { cliOutput, nextDownload } from './support/cli';
import { waitFor, type E2eBrowser } from '../../support/browser/harness';
import { openPopupOn, pressAndWaitStatus } from './support/popup';
import { ARTICLE_PAGES, DEMO_PAGE, OTHER_PAGES, ROOT, routeFor, withScheme, type TestPage } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

/** Chromium saves every corpus article; Firefox (slower to drive) the demo and two of them. */
function savePagesFor(browser: string): TestPage[] {
  const pages = browser === 'chromium' ? ARTICLE_PAGES : [ARTICLE_PAGES[0]!, ARTICLE_PAGES[7]!];
  return pages.map((p, i) => withScheme(p, i % 2 ? 'http' : 'https'));
}

for (const kind of BROWSERS) {
  describeCorpus(`popup — ${kind.name}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    let known: Set<string>;
    beforeAll(async () => {
      server = await startServer([...ARTICLE_PAGES, ...OTHER_PAGES, DEMO_PAGE].flatMap((p) =>
        [routeFor(withScheme(p, 'http')), routeFor(withScheme(p, 'https'))]));
      b = await kind.launch(server, true);
      known = new Set(readdirSync(b.downloadsDir));
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('shows what it detected on the demo article', async () => {
      const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
      const fields = await popup.evaluate(() => Object.fromEntries(
        [...document.querySelectorAll('[data-field]')].map((el) => [el.getAttribute('data-field'), el.textContent?.trim() ?? ''])));
      expect(fields.title).toContain('新能源汽车出口前两月同比增长逾三成');
      expect(fields.template).toContain('新浪');
      expect(fields.published).toContain('2024');
      expect(fields.source).toContain('新浪财经综合');
      expect(fields.junk).toMatch(/已隐藏 [1-9]\d* 处、移除 \d+ 处/);
      await popup.screenshot(path.join(ARTIFACTS, `${kind.name}-popup.png`));
      await Promise.all([popup.close(), page.close()]);
    });

    for (const [action, format] of [['save-post', 'hexo'], ['save-markdown', 'markdown']] as const) {
      it(`${action} on the demo article writes what sina-clean --format ${format} prints`, async () => {
        const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
        const status = await pressAndWaitStatus(popup, action);
        expect(status).toSatisfy((st: { kind: string; text: string }) => st.kind === 'ok' || (console.error(st.text), false));
        const file = await nextDownload(b.downloadsDir, known);
        expect(file.name).toMatch(format === 'hexo' ? /^新能源汽车出口.*\.(md|html)$/ : /\.md$/);
        const cli = cliOutput(DEMO_PAGE, format);
        // The same bytes: the sanitizer writes attributes in one order whatever DOM the page was read with.
        expect(file.content).toBe(cli);
        await Promise.all([popup.close(), page.close()]);
      });
    }

    // Reading the clipboard back needs a permission only Chromium's driver can grant.
    if (kind.name === 'chromium') it('copy-markdown puts the same Markdown on the clipboard', async () => {
      const context = (b as Awaited<ReturnType<typeof launchChromium>>).context;
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
      expect(await pressAndWaitStatus(popup, 'copy-markdown')).toEqual({ kind: 'ok', text: '已复制 Markdown 到剪贴板' });
      expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(cliOutput(DEMO_PAGE, 'markdown'));
      await Promise.all([popup.close(), page.close()]);
    });

    it('save-post twice keeps both files (duplicates renamed, not overwritten)', async () => {
      const { page, popup } = await openPopupOn(b, DEMO_PAGE.url);
      expect(await pressAndWaitStatus(popup, 'save-post')).toSatisfy((st: { kind: string; text: string }) => st.kind === 'ok' || (console.error(st.text), false));
      const first = await nextDownload(b.downloadsDir, known);
      expect(await pressAndWaitStatus(popup, 'save-post')).toSatisfy((st: { kind: string; text: string }) => st.kind === 'ok' || (console.error(st.text), false));
      const second = await nextDownload(b.downloadsDir, known);
      expect(second.name).not.toBe(first.name);
      expect(second.content).toBe(first.content);
      await Promise.all([popup.close(), page.close()]);
    });

    for (const page of savePagesFor(kind.name)) {
      it(`save-post on ${page.name} equals sina-clean's output`, async () => {
        const { page: tab, popup } = await openPopupOn(b, page.url);
        expect(await pressAndWaitStatus(popup, 'save-post')).toSatisfy((st: { kind: string; text: string }) => st.kind === 'ok' || (console.error(st.text), false));
        const file = await nextDownload(b.downloadsDir, known);
        expect(file.content).toBe(cliOutput(page));
        await Promise.all([popup.close(), tab.close()]);
      });
    }

    it('says plainly that a non-article page has no article', async () => {
      const { page, popup } = await openPopupOn(b, OTHER_PAGES[0]!.url);
      expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state'))).toBe('no-article');
      expect(await popup.evaluate(() => document.querySelector('[data-field="no-article"]')?.textContent)).toContain('不是文章');
      // Nothing saves THIS page; "save all open Sina articles" still offers the other tabs.
      expect(await popup.evaluate(() => document.querySelectorAll('[data-action^="save"]:not([data-action="save-all-tabs"])').length)).toBe(0);
      await popup.screenshot(path.join(ARTIFACTS, `${kind.name}-popup-not-article.png`));
      await Promise.all([popup.close(), page.close()]);
    });

    // Firefox MV3 treats host access as optional: the user may never grant it, or take it back in
    // about:addons. (Chrome and Firefox MV2 cannot remove it: it is required there.) LAST in this
    // browser: it takes the access away for good.
    if (kind.name === 'firefox-mv3') it('without Sina host access: the page is left alone, the popup asks for access, and the grant brings the article', async () => {
      type Api = { permissions: { remove(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> }; tabs: { query(q: object): Promise<{ id?: number }[]> } };
      const first = await openPopupOn(b, DEMO_PAGE.url);
      const ext = first.popup; // an extension page: it keeps its APIs when the host access goes
      const revoked = await ext.evaluate(async (origins) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        await api.permissions.remove({ origins });
        return !(await api.permissions.contains({ origins }));
      }, SINA_MATCHES);
      expect(revoked).toBe(true);
      await first.page.close();

      const tabIds = () => ext.evaluate(async () => (await (globalThis as unknown as { browser: Api }).browser.tabs.query({})).map((t) => t.id ?? -1));
      const before = await tabIds();
      const page = await b.newPage();
      await page.goto(DEMO_PAGE.url);
      const tabId = (await tabIds()).find((id) => !before.includes(id));
      expect(tabId).toBeTypeOf('number');
      // No content script ran: nothing hidden, the page's own markup all there.
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-sfc-clean'))).toBe(false);
      expect(await page.evaluate(() => document.querySelector('.appendQr_wrap') !== null)).toBe(true);

      // The popup for that tab (the e2e hook that opens it lives in the content script, which did not run).
      await ext.evaluate((id) => void setTimeout(() => (location.href = `/popup.html?tabId=${id}`), 0), tabId);
      const state = await waitFor(() => ext.evaluate((id) => {
        const s = location.search === `?tabId=${id}` ? document.querySelector('[data-state]')?.getAttribute('data-state') : null;
        return s && s !== 'loading' ? s : null;
      }, tabId), 'popup without host access', 20000);
      expect(state).toBe('no-permission');
      expect(await ext.evaluate(() => document.querySelector('.grant .note')?.textContent)).toBe('要清理和保存新浪页面，需要授予访问新浪网站的权限。');
      expect(await ext.evaluate(() => document.querySelector('[data-action="grant-access"]')?.textContent)).toBe('授予访问权限');
      // Nothing to save from a page the extension may not read.
      expect(await ext.evaluate(() => document.querySelectorAll('[data-action="save-post"]').length)).toBe(0);
      await ext.screenshot(path.join(ARTIFACTS, `${kind.name}-popup-no-permission.png`));

      // The button asks for access (granted here without the doorhanger, see support/firefox.ts);
      // the popup then reaches the page it could not read and shows its article.
      await ext.userClick('[data-action="grant-access"]');
      expect(await waitFor(() => ext.evaluate(() => document.querySelector('[data-state="article"]') !== null && !document.querySelector('.grant')), 'popup after the grant', 20000)).toBe(true);
      expect(await ext.evaluate(() => document.querySelector('[data-field="title"]')?.textContent)).toContain('新能源汽车出口前两月同比增长逾三成');
      expect(await ext.evaluate(async (origins) => (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins }), SINA_MATCHES)).toBe(true);
      await Promise.all([ext.close(), page.close()]);
    });
  });
}
