/**
 * One small interface over the browsers (Chromium in support/browser/chromium.ts, Firefox ESR in
 * tests/e2e/support/firefox.ts), so each browser test is written once and run in all. One driver,
 * puppeteer-core, drives both: CDP for Chromium, WebDriver BiDi for Firefox (Playwright cannot
 * drive Debian's Firefox ESR, only its own patched build, so it would be a second driver).
 * This folder is shared by the browser tests (tests/e2e) and the scripts that drive a browser
 * (scripts/demo.ts, scripts/bench-browser.ts, scripts/render-icons.ts), so scripts import nothing
 * from tests/.
 */
import { CONDITION_WAIT_MS, PAGE_LOAD_MS } from '../patience';

export interface E2eFrame {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  click(selector: string): Promise<void>;
}

export interface E2ePage extends E2eFrame {
  goto(url: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Uncaught page errors and console errors seen so far, as text. */
  errors: string[];
  keyboard(key: string): Promise<void>;
  /** A real mouse click (tab brought to the front): user activation, as `permissions.request()` needs. */
  userClick(selector: string): Promise<void>;
  /** Adds a <script> with this source to the page (main world). */
  addScript(content: string): Promise<void>;
  /** The reader view's iframe (extension page) when one is mounted. */
  readerFrame(): Promise<E2eFrame | null>;
  close(): Promise<void>;
}

export interface E2eBrowser {
  name: 'chromium' | 'firefox-mv2' | 'firefox-mv3';
  downloadsDir: string;
  newPage(): Promise<E2ePage>;
  /** Opens the popup page in a tab, acting on `page`'s tab (the popup's `?tabId=N`). */
  openPopup(page: E2ePage): Promise<E2ePage>;
  close(): Promise<void>;
}

/**
 * Polls `probe` until it gives a truthy value. `timeoutMs` below CONDITION_WAIT_MS is raised to it:
 * a wait ends when its condition holds, so only a real failure waits the whole time, and on a
 * loaded machine the short limits written into tests were what failed.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = CONDITION_WAIT_MS): Promise<T> {
  const end = Date.now() + Math.max(timeoutMs, CONDITION_WAIT_MS);
  let last: unknown;
  for (;;) {
    try {
      // A probe whose browser call never answers (a page that navigates mid-evaluate, a stalled
      // protocol message) would otherwise hang until the test's own timeout, unnamed: each probe
      // gets what is left of the wait, at least a few seconds.
      const v = await withinMs(probe(), Math.max(end - Date.now(), PROBE_FLOOR_MS), what);
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const PROBE_FLOOR_MS = 5_000;

/** `work`, or a rejection naming `what` once `ms` have passed without an answer. */
export function withinMs<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${Math.round(ms / 1000)} s from: ${what}`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A browser's evaluate, bounded below the protocol timeout and named: a call that never answers
 * (a page navigating mid-call, a tab not painted yet) fails with the start of the function it ran.
 */
export function evaluateNamed<R>(call: Promise<R>, fn: unknown): Promise<R> {
  return withinMs(call, PAGE_LOAD_MS, `evaluate of ${String(fn).replace(/\s+/g, ' ').slice(0, 100)}`);
}

/**
 * Reloads `page` and waits until the new document shows `selector`. The reload is queued after the
 * evaluate returns: a document that navigates away while an evaluate is in flight can leave that
 * call without an answer. A mark on the old window tells the two documents apart.
 */
export async function reloadUntil(page: E2eFrame, selector: string, what: string): Promise<void> {
  await page.evaluate(() => {
    (window as { __sfcBeforeReload?: boolean }).__sfcBeforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  await waitFor(() => page.evaluate((sel) => !(window as { __sfcBeforeReload?: boolean }).__sfcBeforeReload && document.querySelector(sel) !== null, selector), what);
}

/**
 * Waits until the page has nothing left to do: loaded, then an idle period of its event loop
 * (requestIdleCallback runs only when no task is pending), so the work a page or our content
 * script queued after `load` has run. A condition, not a fixed delay.
 */
export async function settled(page: E2eFrame): Promise<void> {
  await waitFor(() => page.evaluate(() => document.readyState === 'complete'), 'page load');
  // The `timeout` makes each callback run within 2 s even where the browser grants no idle period
  // (a tab in the background): the wait then ends on time instead of never.
  await page.evaluate(() => new Promise<boolean>((r) => requestIdleCallback(() => requestIdleCallback(() => r(true), { timeout: 2000 }), { timeout: 2000 })));
}

/**
 * Page scripts of old Sina pages write time- and random-based beacons into the DOM; with a fixed
 * clock and random sequence (the page's main world only; extension scripts are unaffected) two
 * loads of a page give the same DOM, so "identical with and without the extension" can be exact.
 */
export const DETERMINISTIC_PAGE = `(() => {
  let seed = 42;
  Math.random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const FIXED = Date.UTC(2024, 2, 18, 1, 42, 0);
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length) super(...args); else super(FIXED); }
    static now() { return FIXED; }
  }
  globalThis.Date = FixedDate;
  // Pre-paint probe: was the hide switch on when the parser inserted <body> (nothing of the
  // article can be painted before that)? Read back as window.__sfcAtBody.
  const probe = new MutationObserver(() => {
    if (!document.body) return;
    probe.disconnect();
    const root = document.documentElement;
    window.__sfcAtBody = { attr: root.hasAttribute('data-sfc-clean'), style: !!root.querySelector('style[data-sfc-own]') };
  });
  probe.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Errors that say a script broke: uncaught exceptions and console errors, minus resource-loading
 * noise (404s and CORS refusals from the test server, whose timing varies between two loads).
 */
export function scriptErrors(errors: string[]): string[] {
  const noise = /Failed to load resource|blocked by CORS|net::ERR_|Loading failed for the <script>|NS_ERROR_|downloadable font/i;
  return [...new Set(errors.filter((e) => !noise.test(e)))];
}

/**
 * Where an error came from, read from its stack frames or console location (never its message):
 * 'extension' when any frame is one of our scripts (chrome-extension:// or moz-extension://),
 * 'page' when it has frames and all are the page's own, 'unknown' when the browser gave none
 * (Firefox reports an unhandled rejection without a stack).
 */
export type ErrorOrigin = 'extension' | 'page' | 'unknown';

export function errorOrigin(where: string): ErrorOrigin {
  if (/\b(?:chrome|moz)-extension:\/\//.test(where)) return 'extension';
  return /\b(?:https?|file|about|data|blob):/.test(where) ? 'page' : 'unknown';
}

/** One collected error as text: `pageerror [page]: message`; `where` is the stack without its message line. */
export function errorEntry(kind: 'pageerror' | 'console', message: string, where: string): string {
  const origin = errorOrigin(where);
  return `${kind}${origin === 'unknown' ? '' : ` [${origin}]`}: ${message}`;
}

/** The frames of an error's stack: its text minus the first line (the message, which may hold any URL). */
export function stackFrames(e: { stack?: string }): string {
  return (e.stack ?? '').split('\n').slice(1).join('\n');
}

const originOf = (entry: string): ErrorOrigin => /^\w+ \[extension\]:/.test(entry) ? 'extension' : /^\w+ \[page\]:/.test(entry) ? 'page' : 'unknown';

/**
 * The errors our extension caused on a page loaded with it (`withExt`), compared with the same page
 * loaded without it (`without`): every error thrown or logged by our code, whatever the page did;
 * an error without a location only if the page alone did not produce it. An error of the page's
 * own code never counts: corpus pages carry handlers that race their own script loads
 * (`onerror='attackCatch(this)'` before attackCatch exists), and a slower, loaded machine decides
 * those races differently on every load.
 */
export function newErrors(withExt: string[], without: string[]): string[] {
  const base = new Set(scriptErrors(without));
  return scriptErrors(withExt).filter((e) => originOf(e) === 'extension' || (originOf(e) === 'unknown' && !base.has(e)));
}

/**
 * A real mouse click at a point of the viewport (CSS pixels), e.g. on a control inside a closed
 * shadow root that no selector reaches: a marker the mouse passes through (`pointer-events: none`)
 * is put at the point for the driver's click, so what receives the click is whatever the page
 * shows there, as for a user; the marker goes afterwards.
 */
export async function clickAt(page: E2ePage, x: number, y: number): Promise<void> {
  await page.evaluate(([px, py]) => {
    const m = document.createElement('sfc-e2e-click');
    m.setAttribute('style', `all:initial;display:block;position:fixed;left:${px - 2}px;top:${py - 2}px;width:4px;height:4px;pointer-events:none`);
    document.documentElement.append(m);
  }, [x, y] as const);
  try {
    await page.userClick('sfc-e2e-click');
  } finally {
    await page.evaluate(() => document.querySelectorAll('sfc-e2e-click').forEach((m) => m.remove()));
  }
}
