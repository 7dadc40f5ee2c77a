/**
 * Content scripts registered at run time, for hosts the manifest does not list: a site the user
 * granted (its live cleaning), a host with rules the user added. The manifest's `content_scripts`
 * cannot do this: it is fixed at install, and its hosts would be required permissions.
 *
 * One call, `setPageScript(id, file, matches)`, brings the browser in line: an empty `matches`
 * unregisters the script. Calls for one id run one after another, so a grant and a revoke that
 * cross each other end in the state of the later call.
 * - Chrome MV3 and Firefox MV3: `scripting.registerContentScripts` (kept across browser restarts
 *   where the browser can; the background brings them in line again on each start anyway).
 * - Firefox MV2: `contentScripts.register`, which lasts as long as the background page, and the
 *   MV2 background page lives as long as the browser session.
 */
import { browser } from 'wxt/browser';

export interface PageScriptSpec {
  /** Stable id (also the key of the registration). */
  id: string;
  /** The built script's path in the extension, e.g. `site-clean.js` (an unlisted script). */
  file: string;
  /** Match patterns; empty = not registered. */
  matches: readonly string[];
}

/** The part of Firefox MV2's `contentScripts` API used here (not in Chrome's types). */
interface Mv2ContentScripts {
  register(o: { matches: string[]; js: { file: string }[]; runAt: 'document_start'; allFrames: boolean }): Promise<{ unregister(): Promise<void> }>;
}

const mv2Handles = new Map<string, { unregister(): Promise<void> }>();
const queues = new Map<string, Promise<unknown>>();

function sameMatches(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return !!a && a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

async function applyMv3(spec: PageScriptSpec): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [spec.id] });
  if (!spec.matches.length) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [spec.id] });
    return;
  }
  if (current && sameMatches(current.matches, spec.matches) && current.js?.[0] === spec.file) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [spec.id] });
  await browser.scripting.registerContentScripts([
    { id: spec.id, js: [spec.file], matches: [...spec.matches], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
  ]);
}

async function applyMv2(spec: PageScriptSpec): Promise<void> {
  const old = mv2Handles.get(spec.id);
  mv2Handles.delete(spec.id);
  if (old) await old.unregister();
  if (!spec.matches.length) return;
  const api = (browser as unknown as { contentScripts: Mv2ContentScripts }).contentScripts;
  const handle = await api.register({ matches: [...spec.matches], js: [{ file: spec.file }], runAt: 'document_start', allFrames: false });
  mv2Handles.set(spec.id, handle);
}

/** Registers, updates or (empty `matches`) unregisters one run-time content script. */
export function setPageScript(spec: PageScriptSpec): Promise<void> {
  const file = spec.file.replace(/^\//, '');
  const apply = import.meta.env.MANIFEST_VERSION === 2 ? applyMv2 : applyMv3;
  const prev = queues.get(spec.id) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(() => apply({ ...spec, file }));
  queues.set(spec.id, next);
  return next;
}

/**
 * Runs `sync` now and whenever what it depends on may have changed: install or update, browser
 * start (Firefox MV2 forgets run-time scripts with its background page) and host permissions
 * granted or revoked. Returns the guarded sync for other triggers (storage changes).
 */
export function keepPageScriptInLine(label: string, sync: () => Promise<void>): () => void {
  // Whole syncs one after another, not only their registration step: a sync works out its
  // matches (storage, permissions) before registering, and an older, slower one must not register
  // its stale list after a newer one.
  let queue = Promise.resolve();
  const run = () => {
    queue = queue.then(sync).catch((e: unknown) => console.warn(`${label}: registration failed`, e));
  };
  run();
  browser.runtime.onInstalled.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  return run;
}
