/**
 * Helpers for the clipper's browser tests that run code inside an extension page (the popup tab):
 * there both browsers expose the extension APIs, so one test body drives Chromium and Firefox.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { waitFor, type E2ePage } from '../../../support/browser/harness';

/** The slice of the extension API the tests call in an extension page (no @types/chrome here). */
export interface ExtApi {
  runtime: { sendMessage(msg: object): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tabId: number, msg: object, opts?: object): Promise<unknown> };
  storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
  i18n: { getUILanguage(): string };
}

/** Sends a typed message (@webext-core/messaging's wire format) to the background; returns its result. */
export async function toBackground<T = unknown>(ext: E2ePage, type: string, data?: unknown): Promise<T> {
  const reply = await ext.evaluate(async ([t, d]) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    const api = g.browser ?? g.chrome;
    return (await api.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } } | undefined;
  }, [type, data] as const);
  if (!reply) throw new Error(`no answer to ${type}`);
  if (reply.err) throw new Error(`${type}: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as T;
}

/** Asks a tab's content script (lib/protocol/messages.ts `getCleanReport`) from an extension page. */
export async function tabReport(ext: E2ePage, tabId: number): Promise<{ readerOpen: boolean } | null> {
  return ext.evaluate(async (id) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    const api = g.browser ?? g.chrome;
    const r = (await api.tabs.sendMessage(id, { id: Date.now(), type: 'getCleanReport', timestamp: Date.now() }, { frameId: 0 }).catch(() => null)) as { res?: { readerOpen: boolean } } | null;
    return r?.res ?? null;
  }, tabId);
}

export async function tabIdOf(ext: E2ePage, url: string): Promise<number> {
  return ext.evaluate(async (u) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    const tabs = await (g.browser ?? g.chrome).tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

export async function setStoredSettings(ext: E2ePage, settings: object | null): Promise<void> {
  await ext.evaluate(async (s) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    const sync = (g.browser ?? g.chrome).storage.sync;
    await sync.clear();
    if (s) await sync.set({ settings: s });
  }, settings);
}

export async function storedSettings(ext: E2ePage): Promise<Record<string, unknown> | undefined> {
  return ext.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    return (await (g.browser ?? g.chrome).storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
  });
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Waits until `rel` exists under `dir` with content and no partial-download marker, then reads it. */
export async function waitForFile(dir: string, rel: string, timeoutMs = 20000): Promise<string> {
  const full = path.join(dir, rel);
  await waitFor(async () => {
    const partial = listFiles(dir).some((f) => /\.(crdownload|part)$/.test(f));
    return existsSync(full) && statSync(full).size > 0 && !partial;
  }, `download ${rel} (have: ${listFiles(dir).join(', ')})`, timeoutMs);
  return readFileSync(full, 'utf8');
}

/** Navigates an extension page (the popup tab) to another page of the extension. */
export async function gotoExtensionPage(ext: E2ePage, file: string, ready: string): Promise<void> {
  // Queued after the evaluate returns: a document that navigates away mid-evaluate can leave the
  // call unanswered. The mark on the old window tells the two documents apart.
  await ext.evaluate((f) => {
    (window as { __sfcLeaving?: boolean }).__sfcLeaving = true;
    setTimeout(() => location.assign(`/${f}`), 0);
  }, file);
  await waitFor(() => ext.evaluate((sel) => !(window as { __sfcLeaving?: boolean }).__sfcLeaving && location.pathname.endsWith(sel[0]) && !!document.querySelector(sel[1]), [file, ready] as const), `${file} ready`);
}

/** Sets a form control's value the way a user would, firing `input` and `change`. */
export async function fill(ext: E2ePage, selector: string, value: string): Promise<void> {
  await ext.evaluate(([sel, v]) => {
    const el = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) throw new Error(`no ${sel}`);
    el.focus();
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, [selector, value] as const);
}
