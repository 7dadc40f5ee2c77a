/**
 * How an extension page (popup, reader) or the background (the reader command) reaches a tab:
 * the always-on script answers on Sina pages; elsewhere (or where it is not running, e.g. Firefox
 * MV3 before host access is granted) we inject the small page bridge on demand with
 * `scripting.executeScript` — allowed by `activeTab` after the user opened the popup, or by the
 * Sina host permission.
 */
import { browser } from 'wxt/browser';
import { sendMessage, toTab, type CleanReport } from '@/lib/protocol/messages';
import { SINA_MATCHES, isSinaHost } from '@/utils/hosts';
import { SITE_CLEAN_SCRIPT } from '@/utils/site-access';

export type TabAccess =
  | { ok: true; report: CleanReport }
  | { ok: false; reason: 'no-host-permission' | 'restricted'; url?: string };

/** `?tabId=N` (tests, the reader overlay) or else the active tab of the current window. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Runs the other sites' live cleaner (entrypoints/site-clean.ts) in a tab already open: its
 * registration only covers pages loaded after a grant. A second copy in a tab stops at once.
 */
export async function injectSiteClean(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/${SITE_CLEAN_SCRIPT.file}`] });
}

async function injectBridge(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/page-bridge.js'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the extension holds these host patterns. A permissions call that fails counts as "no",
 * whether it rejects or throws at once (some polyfills and test doubles throw synchronously).
 */
export function holdsOrigins(origins: string[]): Promise<boolean> {
  return permissionAnswer(() => browser.permissions.contains({ origins }));
}

/** A permissions call's answer; one that rejects or throws at once counts as "no". */
export async function permissionAnswer(call: () => Promise<boolean>): Promise<boolean> {
  try {
    return await call();
  } catch {
    return false;
  }
}

export function hasSinaHostAccess(): Promise<boolean> {
  return holdsOrigins(SINA_MATCHES);
}

/** Must run inside a user gesture (a click): Firefox MV3 asks the user for host access. */
export function requestSinaHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: SINA_MATCHES }).catch(() => false);
}

export async function connectTab(tabId: number): Promise<TabAccess> {
  const ask = () => sendMessage('getCleanReport', undefined, toTab(tabId));
  try {
    return { ok: true, report: await ask() };
  } catch {
    // No script in the tab yet: inject the bridge, then ask again.
  }
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (await injectBridge(tabId)) {
    try {
      return { ok: true, report: await ask() };
    } catch {
      /* fall through */
    }
  }
  // A tab whose URL we may not even see is one we have no host access to: with Sina access granted
  // it is some other page; without it (Firefox MV3 before the grant) it may well be Sina's, and the
  // grant is the one thing that helps (seen in tests/e2e/popup.e2e.test.ts, where it said "restricted").
  const host = tab?.url ? new URL(tab.url).hostname : undefined;
  const sina = (host === undefined || isSinaHost(host)) && !(await hasSinaHostAccess());
  return { ok: false, reason: sina ? 'no-host-permission' : 'restricted', url: tab?.url };
}
