/**
 * Reaching the granted state of an other site in Firefox the way a user does: the options page's
 * grant button, pressed with the mouse (the e2e profile lets Firefox answer the permission request
 * itself, tests/e2e/support/firefox.ts). The extension's pages are reached from a Sina page, where
 * our always-on script carries the e2e hook that opens the popup in a tab.
 */
import { waitFor, type E2eBrowser, type E2ePage } from '../../../support/browser/harness';
import type { OtherSiteId } from '../../../utils/sites/ids';

/** Navigates an extension tab to one of our pages (query string included) and waits for `ready`. */
export async function extPage(ext: E2ePage, file: string, ready: string): Promise<void> {
  await ext.evaluate((f) => location.assign(`/${f}`), file).catch(() => undefined);
  await waitFor(() => ext.evaluate(([f, sel]) => `${location.pathname}${location.search}`.endsWith(f) && !!document.querySelector(sel), [file, ready] as const), `${file} ready`);
}

/** The options page's word on a site: 'true', 'false', or null while it is not listed. */
export const rowGranted = (ext: E2ePage, id: string) =>
  ext.evaluate((i) => document.querySelector(`tr[data-site="${i}"]`)?.getAttribute('data-granted'), id);

/** Grants `sites` with the options page's buttons; `sinaUrl` is a Sina page the server serves. */
export async function grantWithOptionsPage(b: E2eBrowser, sinaUrl: string, sites: readonly OtherSiteId[]): Promise<void> {
  const sina = await b.newPage();
  await sina.goto(sinaUrl);
  const ext = await b.openPopup(sina);
  await extPage(ext, 'options.html', '[data-list="other-sites"] tr[data-granted]');
  for (const id of sites) {
    if ((await rowGranted(ext, id)) === 'true') continue;
    await ext.userClick(`tr[data-site="${id}"] [data-action="grant-site"]`);
    await waitFor(async () => (await rowGranted(ext, id)) === 'true', `${id} shown as granted`);
  }
  await Promise.all([ext.close(), sina.close()]);
}
