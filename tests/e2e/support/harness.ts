/**
 * One small interface over the two drivers (playwright-core for Chromium, puppeteer-core for
 * Firefox ESR), so each browser test is written once and run in both.
 */
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

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
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

/** Script errors seen with the extension that the same page did not produce without it. */
export function newErrors(withExt: string[], without: string[]): string[] {
  const base = new Set(scriptErrors(without));
  return scriptErrors(withExt).filter((e) => !base.has(e));
}
