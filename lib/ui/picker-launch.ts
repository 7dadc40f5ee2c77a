/**
 * Starts the element picker in a tab from the popup. The host permission is asked for first, in
 * the click itself (a browser grants only from a user gesture), and only when not held already
 * (Sina hosts always are): in Firefox MV2 the picker never opened when a held origin was
 * requested again (seen in tests/e2e/user-rules.e2e.test.ts). The popup injects the picker itself.
 */
import { browser } from 'wxt/browser';
import { holdsOrigins } from '@/lib/shared/tab-access';
import { isValidRuleHost, matchPatternsFor } from '@/utils/user-rules';

/**
 * Hosts no extension may script, whatever it is granted: Chrome's web store, and the Mozilla
 * hosts Firefox keeps from extensions (its `extensions.webextensions.restrictedDomains` default).
 */
const NEVER_SCRIPTED = [
  'chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'discovery.addons.mozilla.org', 'addons.cdn.mozilla.net',
  'accounts.firefox.com', 'api.accounts.firefox.com', 'oauth.accounts.firefox.com', 'profile.accounts.firefox.com',
  'accounts-static.cdn.mozilla.net', 'content.cdn.mozilla.net', 'install.mozilla.org', 'support.mozilla.org', 'sync.services.mozilla.com',
];

/**
 * The host to pick on in a tab at `url`, or undefined where the picker can never run: not a web
 * page (chrome:, about:, the browser's own pages, file:), or a host from NEVER_SCRIPTED. Any other
 * page can, once its host is granted (asked for in the click).
 */
export function pickableHost(url: string | undefined): string | undefined {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(u.protocol)) return undefined;
  const host = u.hostname.toLowerCase();
  return isValidRuleHost(host) && !NEVER_SCRIPTED.includes(host) ? host : undefined;
}

/** Asked when the popup opens, so a click on a granted host asks for nothing. */
export function hasHostAccess(host: string): Promise<boolean> {
  return holdsOrigins(matchPatternsFor([host])); // not knowing means asking in the click, always allowed
}

/** `granted`: what `hasHostAccess` said; otherwise the request runs first, inside the click. */
export async function launchPicker(tabId: number, host: string, kind: 'hide' | 'article', granted: boolean): Promise<boolean> {
  if (!granted && !(await browser.permissions.request({ origins: matchPatternsFor([host]) }))) return false;
  const target = { tabId, frameIds: [0] };
  // The picker reads which button opened it from its own (isolated) world; the page cannot see it.
  await browser.scripting.executeScript({
    target,
    func: (k: string) => {
      (globalThis as { __userRulePickKind?: string }).__userRulePickKind = k;
    },
    args: [kind],
  });
  await browser.scripting.executeScript({ target, files: ['/picker.js'] });
  return true;
}
