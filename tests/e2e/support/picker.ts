/**
 * Driving the element picker (lib/page/picker.ts) from a browser test. Its panel is in a closed
 * shadow root; e2e builds answer a `sfc-e2e-picker` event with where each control is and what it
 * shows (lib/page/picker-panel.ts), and the test presses them with a real mouse at those points.
 */
import { clickAt, waitFor, type E2eBrowser, type E2ePage } from '../../../support/browser/harness';
import { EXTENSION_DIRS, launchChromium } from '../../../support/browser/chromium';
import type { TestServer } from '../../../support/browser/server';
import { launchFirefox } from './firefox';

export type PickerControl = 'input' | 'count' | 'msg' | 'hide' | 'article' | 'cancel';
export type PickerState = Record<PickerControl, { x: number; y: number; text: string }>;

/** Every browser with an e2e build (Chromium too: the probe above is compiled only into those). */
export function launchForPicker(name: E2eBrowser['name'], server: TestServer): Promise<E2eBrowser> {
  if (name === 'chromium') return launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chromeE2e });
  const mv = name === 'firefox-mv2' ? 2 : 3;
  return launchFirefox({ proxyPort: server.port, mv, extensionDir: mv === 2 ? EXTENSION_DIRS.firefoxMv2 : EXTENSION_DIRS.firefoxMv3 });
}

/** Presses the popup's picker button and waits until the picker is on the page. */
export async function openPicker(popup: E2ePage, page: E2ePage, action: 'pick-hide' | 'pick-article'): Promise<void> {
  await waitFor(() => popup.evaluate((a) => !!document.querySelector(`[data-granted="true"] [data-action="${a}"]`), action), 'popup picker button');
  await popup.userClick(`[data-action="${action}"]`);
  await waitFor(() => page.evaluate(() => !!document.querySelector('sina-cleaner-picker')), 'picker open').catch((e: Error) => {
    throw new Error(`${e.message}; popup errors: ${popup.errors.join(' | ')}`);
  });
}

/** Where the panel's controls are and what they show now. */
export async function pickerState(page: E2ePage): Promise<PickerState> {
  const json = await page.evaluate(() => {
    const host = document.querySelector('sina-cleaner-picker');
    if (!host) return null;
    host.removeAttribute('data-e2e');
    host.dispatchEvent(new Event('sfc-e2e-picker'));
    return host.getAttribute('data-e2e');
  });
  if (!json) throw new Error('no picker on the page, or a build without the e2e probe');
  return JSON.parse(json) as PickerState;
}

/** A mouse click on one of the panel's buttons (or its field). */
export async function pressInPicker(page: E2ePage, control: PickerControl): Promise<void> {
  const at = (await pickerState(page))[control];
  await clickAt(page, at.x, at.y);
}

/** Clicks into the field, empties it and types `text` key by key, as a user would. */
export async function typeIntoPicker(page: E2ePage, text: string): Promise<void> {
  await pressInPicker(page, 'input');
  const old = (await pickerState(page)).input.text;
  await page.keyboard('End');
  for (let i = 0; i < old.length; i++) await page.keyboard('Backspace');
  for (const ch of text) await page.keyboard(ch);
  await waitFor(async () => (await pickerState(page)).input.text === text, `field shows ${text}`);
}

/** Marks a visible element outside the article (and not holding it) for the test to click. */
export function markTarget(page: E2ePage): Promise<boolean> {
  return page.evaluate(() => {
    const article = document.querySelector('#artibody, #article, .article');
    const ok = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 40 && r.width < 600 && r.height > 12 && r.height < 120 && r.top > 0 && r.bottom < innerHeight &&
        getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' &&
        !!article && !article.contains(el) && !el.contains(article) && el.children.length <= 3 && !!el.textContent?.trim();
    };
    const el = [...document.querySelectorAll('body div, body span, body a, body li')].find(ok);
    el?.setAttribute('data-e2e-target', '');
    return !!el;
  });
}
