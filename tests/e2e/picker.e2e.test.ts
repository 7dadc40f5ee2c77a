/**
 * The element picker in real browsers, on a corpus article served at its real Sina URL, opened
 * from the popup's "Hide an element…" like a user would:
 * - W / ↑ widen the choice to the parent, S / ↓ narrow it back (the proposed selector follows);
 * - "这是正文 / This is the article", pressed with the mouse, stores the host's article rule; the
 *   options page lists it, the settings export carries it, and the popup's save then takes that
 *   element as the article (one paragraph chosen: the saved Markdown holds it and not the others);
 * - with no article rule of the user, a hide rule covering Sina's own article root or its parent
 *   is refused (the picker checks what the exporter keeps: utils/article-roots.ts);
 * - hostile selectors typed into the picker's field (`html`, `body`, `*`, `div{}`, the chosen
 *   article and its ancestor; `body`, `*`, `div{}` as the article) are refused with the message
 *   shown in the panel, nothing is hidden and the article rule stays as it was.
 * The panel sits in a closed shadow root: the e2e builds tell the test where its controls are
 * (lib/page/picker-panel.ts) and the test clicks there with the mouse. Chromium loads the e2e
 * Chrome build for that reason.
 */
import path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { BROWSERS } from './support/browsers';
import { nextDownload } from './support/cli';
import { squash } from './support/expect-article';
import { gotoExtensionPage, tabIdOf } from './clipper-helpers/ext';
import { openPicker, pickerState, pressInPicker, typeIntoPicker, launchForPicker } from './support/picker';
import { settled, waitFor, type E2eBrowser, type E2ePage } from '../../support/browser/harness';
import { ARTICLE_PAGES, ROOT, routeFor } from '../../support/browser/pages';
import { startServer, type TestServer } from '../../support/browser/server';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const PAGE = ARTICLE_PAGES[2]!; // news.sina.com.cn, paragraphs directly in #article

const proposed = (page: E2ePage) => page.evaluate(() => document.querySelector('sina-cleaner-picker')?.getAttribute('data-selector') ?? '');

/** Whether the picker's proposal names exactly the element marked `data-e2e-<mark>`. */
const proposes = (page: E2ePage, mark: string) =>
  page.evaluate((m) => {
    const sel = document.querySelector('sina-cleaner-picker')?.getAttribute('data-selector');
    if (!sel) return false;
    const all = [...document.querySelectorAll(sel)];
    return all.length === 1 && all[0]!.hasAttribute(`data-e2e-${m}`);
  }, mark);

/** Elements rendered as display:none, counted (our hide rules would add to it). */
const hiddenCount = (page: E2ePage) =>
  page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => getComputedStyle(e).display === 'none').length);

describe('the picker\'s test probe', () => {
  it('is compiled into the e2e builds only', () => {
    const picker = (dir: string) => path.join(ROOT, '.output', dir, 'picker.js');
    for (const dir of ['chrome-mv3-e2e', 'firefox-mv2-e2e', 'firefox-mv3-e2e']) {
      if (existsSync(picker(dir))) expect(readFileSync(picker(dir), 'utf8'), dir).toContain('sfc-e2e-picker');
    }
    expect(readFileSync(picker('chrome-mv3'), 'utf8')).not.toContain('sfc-e2e-picker');
  });
});

for (const kind of BROWSERS) {
  describeCorpus(`element picker — ${kind.name}`, () => {
    let server: TestServer;
    let b: E2eBrowser;
    let page: E2ePage;
    let popup: E2ePage;
    let article = '';
    beforeAll(async () => {
      server = await startServer([routeFor(PAGE)]);
      b = await launchForPicker(kind.name, server);
      page = await b.newPage();
      await page.goto(PAGE.url);
      popup = await b.openPopup(page);
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('without an article rule of the user, a hide rule covering Sina\'s own article root (#article) or its parent is refused', async () => {
      const hiddenBefore = await hiddenCount(page);
      await openPicker(popup, page, 'pick-hide');
      for (const sel of ['#article', '.article-content-left']) {
        expect(await page.evaluate((q) => !!document.querySelector(q)?.querySelector('#article') || q === '#article', sel), sel).toBe(true);
        await page.evaluate(() => document.querySelector('sina-cleaner-picker')?.removeAttribute('data-refused'));
        await typeIntoPicker(page, sel);
        await pressInPicker(page, 'hide');
        const reason = await waitFor(() => page.evaluate(() => document.querySelector('sina-cleaner-picker')?.getAttribute('data-refused')), `${sel}: refused`);
        expect(reason, sel).toBe('matches-article');
        expect((await pickerState(page)).msg.text, sel).toMatch(/^已拒绝：.*正文/);
      }
      expect(await hiddenCount(page)).toBe(hiddenBefore);
      await pressInPicker(page, 'cancel');
      await waitFor(() => page.evaluate(() => !document.querySelector('sina-cleaner-picker')), 'cancel closes the picker');
      const tabId = await tabIdOf(popup, PAGE.url);
      await popup.evaluate((n) => void setTimeout(() => location.replace(`/popup.html?tabId=${n}`), 0), tabId);
      await waitFor(() => popup.evaluate((n) => location.search === `?tabId=${n}` && document.readyState === 'complete', tabId), 'popup again');
    });

    it('W / S widen to the parent and narrow back; "这是正文" stores the article rule, which the options page, the export and the popup\'s save use', async () => {
      await openPicker(popup, page, 'pick-hide');
      // The third long paragraph of the article, in view, and its parent and grandparent marked.
      const ok = await page.evaluate(() => {
        const root = document.querySelector('#article')!;
        const ps = [...root.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length > 30);
        const p = ps[2];
        if (!p || !p.parentElement?.parentElement) return false;
        p.scrollIntoView({ block: 'center' });
        p.setAttribute('data-e2e-p', '');
        p.parentElement.setAttribute('data-e2e-parent', '');
        p.parentElement.parentElement.setAttribute('data-e2e-grand', '');
        ps[0]!.setAttribute('data-e2e-other', '');
        return p.parentElement === root;
      });
      expect(ok, 'the paragraph sits directly in #article').toBe(true);
      await page.userClick('[data-e2e-p]');
      await waitFor(() => proposes(page, 'p'), 'the clicked paragraph proposed');
      const paragraph = await proposed(page);

      await page.keyboard('w');
      await waitFor(() => proposes(page, 'parent'), 'W: the parent (#article) proposed');
      await page.keyboard('ArrowUp');
      await waitFor(() => proposes(page, 'grand'), '↑: the grandparent proposed');
      await page.keyboard('s');
      await waitFor(() => proposes(page, 'parent'), 'S: back to the parent');
      await page.keyboard('ArrowDown');
      await waitFor(() => proposes(page, 'p'), '↓: back to the paragraph');
      expect(await proposed(page)).toBe(paragraph);
      // Nothing more to narrow to: S leaves the choice alone.
      await page.keyboard('s');
      await settled(page);
      expect(await proposed(page)).toBe(paragraph);
      const state = await pickerState(page);
      expect(state.input.text).toBe(paragraph);
      expect(state.count.text).toMatch(/1/);
      await page.screenshot(path.join(ARTIFACTS, `picker-chosen-${kind.name}.png`));

      // The picker was opened to hide: "这是正文" is the other button, pressed with the mouse.
      expect(state.article.text).toBe('这是正文');
      const hiddenBefore = await hiddenCount(page);
      await pressInPicker(page, 'article');
      await waitFor(() => page.evaluate(() => !document.querySelector('sina-cleaner-picker')), 'picker closed after saving');
      expect(await hiddenCount(page), 'an article rule hides nothing').toBe(hiddenBefore);
      article = paragraph;

      const tabId = await tabIdOf(popup, PAGE.url);
      await gotoExtensionPage(popup, 'options.html', '[data-section="user-rules"]');
      await waitFor(() => popup.evaluate((s) => (document.querySelector('[data-section="user-rules"]')?.textContent ?? '').includes(s), paragraph), 'article rule listed');
      const known = new Set(readdirSync(b.downloadsDir));
      await popup.click('[data-action="export-settings"]');
      const exported = JSON.parse((await nextDownload(b.downloadsDir, known)).content) as { userRules: { host: string; article?: string }[] };
      expect(exported.userRules.find((r) => r.host === new URL(PAGE.url).hostname)?.article).toBe(paragraph);

      // The popup's save takes the chosen paragraph as the article.
      await popup.evaluate((n) => void setTimeout(() => location.replace(`/popup.html?tabId=${n}`), 0), tabId);
      await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-state="article"] [data-action="save-markdown"]')), 'popup with the article');
      const texts = await page.evaluate(() => ({
        chosen: document.querySelector('[data-e2e-p]')!.textContent ?? '',
        other: document.querySelector('[data-e2e-other]')!.textContent ?? '',
      }));
      await popup.click('[data-action="save-markdown"]');
      const md = squash((await nextDownload(b.downloadsDir, known)).content);
      expect(md).toContain(squash(texts.chosen).slice(0, 40));
      expect(md).not.toContain(squash(texts.other).slice(0, 40));
    });

    it('hostile selectors typed into the field are refused with a message, and nothing is hidden', async () => {
      expect(article, 'the previous test set the article rule').not.toBe('');
      await page.goto(PAGE.url);
      const tabId = await tabIdOf(popup, PAGE.url);
      await popup.evaluate((n) => void setTimeout(() => location.replace(`/popup.html?tabId=${n}`), 0), tabId);
      await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-granted="true"] [data-action="pick-hide"]')), 'popup picker button');
      const hiddenBefore = await hiddenCount(page);
      await openPicker(popup, page, 'pick-hide');
      // The article rule's element and #article, which holds it.
      const hostile: [string, RegExp][] = [
        ['html', /html|页面/], ['body', /body|页面/], ['*', /所有/], ['div{}', /不允许/], [article, /正文/], ['#article', /正文/],
      ];
      for (const [sel, message] of hostile) {
        await page.evaluate(() => document.querySelector('sina-cleaner-picker')?.removeAttribute('data-refused'));
        await typeIntoPicker(page, sel);
        expect((await pickerState(page)).input.text).toBe(sel);
        await pressInPicker(page, 'hide');
        const reason = await waitFor(() => page.evaluate(() => document.querySelector('sina-cleaner-picker')?.getAttribute('data-refused')), `${sel}: refused`);
        const msg = (await pickerState(page)).msg.text;
        expect(msg, sel).toMatch(/^已拒绝：/);
        expect(msg, `${sel} (${reason})`).toMatch(message);
        expect(await page.evaluate(() => !!document.querySelector('sina-cleaner-picker')), `${sel}: the picker stays open`).toBe(true);
        if (sel === '#article') await page.screenshot(path.join(ARTIFACTS, `picker-refused-${kind.name}.png`));
      }
      // The same field with "这是正文": the skeleton cannot be the article either.
      for (const [sel, message] of [['body', /body|页面/], ['*', /所有/], ['div{}', /不允许/]] as const) {
        await page.evaluate(() => document.querySelector('sina-cleaner-picker')?.removeAttribute('data-refused'));
        await typeIntoPicker(page, sel);
        await pressInPicker(page, 'article');
        await waitFor(() => page.evaluate(() => document.querySelector('sina-cleaner-picker')?.getAttribute('data-refused')), `${sel} as the article: refused`);
        expect((await pickerState(page)).msg.text, sel).toMatch(message);
      }
      expect(await hiddenCount(page)).toBe(hiddenBefore);
      await page.keyboard('Escape');
      await waitFor(() => page.evaluate(() => !document.querySelector('sina-cleaner-picker')), 'Esc closes the picker');
      await page.goto(PAGE.url);
      await settled(page);
      expect(await hiddenCount(page)).toBe(hiddenBefore);
      const css = await page.evaluate(() => document.getElementById('sina-cleaner-user-rules')?.textContent ?? '');
      expect(css).toBe('');
      await gotoExtensionPage(popup, 'options.html', '[data-section="user-rules"]');
      expect(await popup.evaluate(() => document.querySelectorAll('[data-action="remove-rule"]').length), 'no hide rule stored').toBe(0);
      expect(await popup.evaluate((a) => (document.querySelector('[data-section="user-rules"]')?.textContent ?? '').includes(a), article), 'the article rule as it was').toBe(true);
    });
  });
}
