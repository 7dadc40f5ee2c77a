/** Driving the popup (opened in a tab with ?tabId=N, see chromium.ts / firefox.ts). */
import { waitFor, type E2eBrowser, type E2ePage } from '../../../support/browser/harness';

/** Opens `url` in a new tab, then the popup acting on it; resolves once the popup has settled. */
export async function openPopupOn(b: E2eBrowser, url: string): Promise<{ page: E2ePage; popup: E2ePage }> {
  const page = await b.newPage();
  await page.goto(url);
  const popup = await b.openPopup(page);
  await waitFor(() => popup.evaluate(() => {
    const s = document.querySelector('[data-state]')?.getAttribute('data-state');
    return s && s !== 'loading' ? s : null;
  }), 'popup ready', 20000);
  return { page, popup };
}

/** Presses a `data-action` button and waits for the status line to say ok or error. */
export async function pressAndWaitStatus(popup: E2ePage, action: string, timeoutMs = 20000): Promise<{ kind: string; text: string }> {
  await popup.evaluate(() => document.querySelector('[role="status"]')?.setAttribute('data-status', ''));
  await popup.click(`[data-action="${action}"]`);
  return waitFor(() => popup.evaluate(() => {
    const el = document.querySelector('[role="status"]');
    const kind = el?.getAttribute('data-status');
    return kind === 'ok' || kind === 'error' ? { kind, text: el?.textContent ?? '' } : null;
  }), `status after ${action}`, timeoutMs);
}
