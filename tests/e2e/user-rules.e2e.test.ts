/**
 * Rules the user adds, in real browsers on a corpus article served at its real URL: the picker
 * (opened from the popup) hides a chosen element; the rule survives a reload and a settings
 * export / import; removing it on the options page shows the element again at once; hostile rules
 * in an imported file are refused with a message and the page stays whole.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { BROWSERS } from './support/browsers';
import { nextDownload } from './support/cli';
import { gotoExtensionPage } from './clipper-helpers/ext';
import { waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { ARTICLE_PAGES, ROOT, routeFor } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';
import { markTarget } from './support/picker';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const PAGE = ARTICLE_PAGES[2]!; // news.sina.com.cn, #article

const isHidden = (page: E2ePage, sel: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].length > 0 && [...document.querySelectorAll(s)].every((e) => getComputedStyle(e).display === 'none'), sel);

const bodyShown = (page: E2ePage) =>
  page.evaluate(() => getComputedStyle(document.body).display !== 'none' && getComputedStyle(document.documentElement).display !== 'none' &&
    [...document.querySelectorAll('#artibody, #article')].every((e) => getComputedStyle(e).display !== 'none'));

async function importFile(options: E2ePage, text: string): Promise<{ kind: string; text: string }> {
  await options.evaluate(() => document.querySelector('[role="status"]')?.removeAttribute('data-kind'));
  await options.evaluate((t) => {
    const input = document.querySelector('input[name="importSettings"]') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'settings.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  return waitFor(() => options.evaluate(() => {
    const el = document.querySelector('[role="status"]');
    const kind = el?.getAttribute('data-kind');
    return kind ? { kind, text: el?.textContent ?? '' } : null;
  }), 'import status');
}

for (const kind of BROWSERS) {
  describeCorpus(`user rules — ${kind.name}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    beforeAll(async () => {
      server = await startServer([routeFor(PAGE)]);
      b = await kind.launch(server, true);
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('picker hides an element; reload, export/import keep it; removing it shows it again; hostile rules refused', async () => {
      const page = await b.newPage();
      await page.goto(PAGE.url);
      const popup = await b.openPopup(page);
      // Sina is granted: the button then injects at once, without a permission request.
      await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-granted="true"] [data-action="pick-hide"]')), 'popup picker button');
      await popup.userClick('[data-action="pick-hide"]');
      await waitFor(() => page.evaluate(() => !!document.querySelector('sina-cleaner-picker')), 'picker open').catch((e: Error) => {
        throw new Error(`${e.message}; popup errors: ${popup.errors.join(' | ')}`);
      });
      expect(await markTarget(page)).toBe(true);
      await page.userClick('[data-e2e-target]');
      const sel = await waitFor(() => page.evaluate(() => document.querySelector('sina-cleaner-picker')?.getAttribute('data-selector')), 'selector proposed');
      await page.screenshot(path.join(ARTIFACTS, `${kind.name}-picker.png`));
      expect(await isHidden(page, '[data-e2e-target]')).toBe(false);
      await page.keyboard('Enter');
      await waitFor(() => isHidden(page, '[data-e2e-target]'), 'chosen element hidden at once');
      expect(await page.evaluate(() => !!document.querySelector('sina-cleaner-picker'))).toBe(false);

      await page.goto(PAGE.url);
      await waitFor(() => isHidden(page, sel), 'still hidden after a reload');

      await gotoExtensionPage(popup, 'options.html', '[data-section="user-rules"]');
      await waitFor(() => popup.evaluate((s) => !!document.querySelector(`[data-action="remove-rule"][data-selector="${CSS.escape(s)}"]`), sel), 'rule listed');
      const known = new Set(readdirSync(b.downloadsDir));
      await popup.click('[data-action="export-settings"]');
      const file = await nextDownload(b.downloadsDir, known);
      expect(JSON.parse(file.content).userRules[0].hide).toContain(sel);

      await popup.click('[data-action="remove-rule"]');
      await waitFor(async () => !(await isHidden(page, sel)), 'shown again once removed, without a reload');
      expect((await importFile(popup, file.content)).kind).toBe('ok');
      await waitFor(() => isHidden(page, sel), 'hidden again after the import');

      // Hostile rules in a file: refused with a message, the good one kept, the page whole.
      const hostile = JSON.parse(file.content) as { userRules: { host: string; hide: string[] }[] };
      hostile.userRules[0]!.hide = [sel, 'div[', 'body', 'html', ':root', '*', '.x}body{display:none', '</style><b>', ...Array.from({ length: 3000 }, (_, i) => `.r${i}`)];
      const st = await importFile(popup, JSON.stringify(hostile));
      expect(st.kind).toBe('error');
      expect(st.text).toMatch(/div\[|body|html/);
      await page.goto(PAGE.url);
      await waitFor(() => isHidden(page, sel), 'good rule applied');
      expect(await bodyShown(page)).toBe(true);
      const css = await page.evaluate(() => document.getElementById('sina-cleaner-user-rules')?.textContent ?? '');
      expect(css).not.toMatch(/\}body|<\/style|\bhtml\b\)|\(body\)|\(\*\)/);

      await popup.click('[data-action="remove-host-rules"]');
      await waitFor(async () => !(await isHidden(page, sel)), 'all removed: shown again');
      await Promise.all([popup.close(), page.close()]);
    });
  });
}
