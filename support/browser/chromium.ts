/**
 * Chromium (Debian's /usr/bin/chromium) with the Chrome MV3 build loaded, via puppeteer-core (the
 * driver Firefox uses too, tests/e2e/support/firefox.ts). Puppeteer leaves a few things to its
 * user that the tests rely on; each is set up here for every page:
 * - errors: puppeteer reports exceptions and console messages of the page's main world in its
 *   top frame only; the tests need those of content scripts (isolated worlds) and of the reader
 *   view's out-of-process frame too, so a CDP session of our own per page collects them (watchPage);
 * - focus: every page and every out-of-process frame in it emulates focus. A headless tab behind
 *   another is otherwise unfocused, which the clipboard refuses (the popup tab copies to it), and
 *   hidden, which defers lazy images and animation frames (the reader frame's pictures stayed
 *   unloaded in the screenshots);
 * - clicks wait until their element is there, shown and enabled (a click before the popup has
 *   enabled its buttons would do nothing).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { CDPSessionEvent, type Browser, type CDPSession, type Frame, type Page, type Protocol, type Target, type WebWorker } from 'puppeteer-core';
import { CONDITION_WAIT_MS, PAGE_LOAD_MS } from '../patience';
import { DETERMINISTIC_PAGE, errorEntry, evaluateNamed, withinMs, type E2eBrowser, type E2eFrame, type E2ePage } from './harness';
import { ROOT } from './pages';

/** The one extension API the tests call in the service worker (no @types/chrome here). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The extension's MV3 service worker, as the tests use it. */
export interface ExtensionWorker {
  /** `chrome-extension://ID/background.js`: its host is the extension's id. */
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** `close`: the worker is gone (the extension was reloaded or unloaded). */
  once(event: 'close', listener: (value: undefined) => void): void;
}

/** Browser-wide settings the tests change. */
export interface ChromiumContext {
  /** Grants permissions to every origin; names as the Permissions API spells them. */
  grantPermissions(names: ('clipboard-read' | 'clipboard-write')[]): Promise<void>;
}

/** Permission names → CDP's Browser.PermissionType. */
const PERMISSION_TYPES = { 'clipboard-read': 'clipboardReadWrite', 'clipboard-write': 'clipboardSanitizedWrite' } as const;

/** Waits until `sel` matches an element that is rendered and not disabled, then clicks it with the mouse. */
async function clickWhenReady(f: Frame | Page, sel: string): Promise<void> {
  await f.waitForFunction((s) => {
    const el = document.querySelector(s) as HTMLButtonElement | null;
    return !!el && el.getClientRects().length > 0 && !el.disabled;
  }, { timeout: CONDITION_WAIT_MS, polling: 100 }, sel);
  // puppeteer's click first waits, in the page, for an IntersectionObserver callback, which needs
  // a painted frame: a tab not painted yet can leave that call without an answer until the
  // protocol timeout. Bounded here, so such a hang fails at once with what was clicked.
  await withinMs(f.click(sel), CONDITION_WAIT_MS, `click on ${sel}`);
}

function wrapFrame(f: Frame | Page): E2eFrame {
  return {
    evaluate: (fn, arg) => evaluateNamed(f.evaluate(fn as never, arg as never), fn) as never,
    click: (sel) => clickWhenReady(f, sel),
  };
}

/** An exception's message as an Error's `message` reads (first line of its description, minus `Error: `). */
function exceptionMessage(d: Protocol.Runtime.ExceptionDetails): string {
  const ex = d.exception;
  const text = ex?.description ?? (ex && 'value' in ex ? String(ex.value) : d.text);
  return (text.split('\n')[0] ?? '').replace(/^[\w$]*Error: /, '');
}

const frameUrls = (st?: Protocol.Runtime.StackTrace): string => (st?.callFrames ?? []).map((c) => c.url).join('\n');

/**
 * Emulates focus in the session's target and collects into `errors` the uncaught exceptions and
 * console errors of every world (the page's, content scripts'); the same for the out-of-process
 * frames it gets (auto-attached).
 */
async function watchPage(session: CDPSession, errors: string[]): Promise<void> {
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    // Without a stack trace, the stack lines of the description (never its message line) say where.
    const where = frameUrls(d.stackTrace) || (d.exception?.description ?? '').split('\n').slice(1).join('\n') || (d.url ?? '');
    errors.push(errorEntry('pageerror', exceptionMessage(d), where));
  });
  session.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error') return;
    const text = e.args.map((a) => a.value !== undefined ? String(a.value) : a.description ?? a.unserializableValue ?? '').join(' ');
    errors.push(errorEntry('console', text, frameUrls(e.stackTrace)));
  });
  session.on(CDPSessionEvent.SessionAttached, (child) => void watchPage(child, errors).catch(() => undefined));
  await Promise.all([
    session.send('Runtime.enable'),
    session.send('Emulation.setFocusEmulationEnabled', { enabled: true }),
    session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true, filter: [{ type: 'iframe' }] }),
  ]);
}

function wrapPage(page: Page, errors: string[]): E2ePage {
  return {
    ...wrapFrame(page),
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: PAGE_LOAD_MS })),
    screenshot: async (file) => {
      // What a user would see: the tab in front (as firefox.ts does).
      await page.bringToFront();
      await page.screenshot({ path: file as `${string}.png` });
    },
    keyboard: (key) => page.keyboard.press(key as never),
    userClick: async (sel) => {
      await page.bringToFront();
      await clickWhenReady(page, sel);
    },
    addScript: async (content) => void (await page.addScriptTag({ content })),
    readerFrame: async () => {
      // Any chrome-extension host: Chrome serves the reader at its per-session dynamic id (wxt.config.ts).
      const f = page.frames().find((fr) => /^chrome-extension:\/\/[^/]+\/reader\.html/.test(fr.url()));
      return f ? wrapFrame(f) : null;
    },
    close: () => page.close(),
  };
}

async function extensionWorker(browser: Browser): Promise<ExtensionWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: PAGE_LOAD_MS });
  const worker = (await target.worker()) as WebWorker;
  return {
    url: () => target.url(),
    evaluate: (fn, arg) => worker.evaluate(fn as never, arg as never) as never,
    once: (_event, listener) => {
      // Reloading the extension ends the worker's script, which the worker's session reports as
      // Inspector.targetCrashed; its target stays listed while our session is attached.
      let done = false;
      const gone = () => {
        if (done) return;
        done = true;
        worker.client.off('Inspector.targetCrashed', gone);
        browser.off('targetdestroyed', onDestroyed);
        listener(undefined);
      };
      const onDestroyed = (t: Target) => void (t === target && gone());
      worker.client.on('Inspector.targetCrashed', gone);
      browser.on('targetdestroyed', onDestroyed);
    },
  };
}

export interface LaunchOptions {
  extensionDir?: string;
  hostRules: string;
  headless?: boolean;
  /** The browser's UI language (browser.i18n) and the pages' language; zh-CN unless told. */
  locale?: 'zh-CN' | 'en-US';
}

export interface ChromiumBrowser extends E2eBrowser {
  /** The puppeteer browser, for scripts that need more than the shared interface (scripts/demo.ts). */
  browser: Browser;
  context: ChromiumContext;
  /** Set when an extension was loaded. */
  sw?: ExtensionWorker;
  /** A driver page set up like those of newPage (fixed clock, focus, viewport). */
  newDriverPage(): Promise<Page>;
}

export async function launchChromium(opts: LaunchOptions): Promise<ChromiumBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sfc-chromium-'));
  const downloadsDir = path.join(profile, 'downloads');
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  mkdirSync(downloadsDir);
  // Downloads land in downloadsDir under the extension's file name, without a prompt (puppeteer
  // leaves the browser's own download handling in place).
  writeFileSync(path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }));
  const ext = opts.extensionDir;
  const locale = opts.locale ?? 'zh-CN';
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--ignore-certificate-errors', `--lang=${locale}`,
    `--host-resolver-rules=${opts.hostRules}`,
    ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
  ];
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: opts.headless ?? true, userDataDir: profile, args,
    // Puppeteer's default arguments switch extensions off.
    ignoreDefaultArgs: ['--disable-extensions'],
    defaultViewport: { width: 1280, height: 900 },
    timeout: PAGE_LOAD_MS, protocolTimeout: PAGE_LOAD_MS * 2,
    // The browser's UI language (what browser.i18n uses) comes from the environment on Linux.
    // LANG stays a UTF-8 locale that exists (C.UTF-8): Chromium encodes file names in it (CJK names).
    env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: 'C.UTF-8' },
  });
  try {
    const sw = ext ? await extensionWorker(browser) : undefined;
    const origin = sw ? `chrome-extension://${new URL(sw.url()).host}` : 'chrome-extension://none'; // URL.origin is "null" for this scheme in Node
    const tabIdOf = async (url: string) =>
      sw!.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
    const errorsOf = new WeakMap<Page, string[]>();
    const newDriverPage = async () => {
      const p = await browser.newPage();
      p.setDefaultTimeout(CONDITION_WAIT_MS);
      p.setDefaultNavigationTimeout(PAGE_LOAD_MS);
      const errors: string[] = [];
      errorsOf.set(p, errors);
      await Promise.all([p.evaluateOnNewDocument(DETERMINISTIC_PAGE), p.createCDPSession().then((s) => watchPage(s, errors))]);
      return p;
    };
    const pages = new Map<E2ePage, Page>();
    const newPage = async () => {
      const p = await newDriverPage();
      const w = wrapPage(p, errorsOf.get(p)!);
      pages.set(w, p);
      return w;
    };
    const cdp = await browser.target().createCDPSession();
    return {
      name: 'chromium', downloadsDir, browser, sw, newPage, newDriverPage,
      context: {
        grantPermissions: async (names) => {
          await cdp.send('Browser.grantPermissions', { permissions: names.map((n) => PERMISSION_TYPES[n]) });
        },
      },
      openPopup: async (page) => {
        const target = pages.get(page)!;
        const tabId = await tabIdOf(target.url());
        const popup = await newPage();
        await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
        await target.bringToFront();
        return popup;
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

export const EXTENSION_DIRS = {
  chrome: path.join(ROOT, '.output/chrome-mv3'),
  /** e2e mode: the normal build plus test hooks and one test host (tests/e2e/fallback.e2e.test.ts). */
  chromeE2e: path.join(ROOT, '.output/chrome-mv3-e2e'),
  firefoxMv2: path.join(ROOT, '.output/firefox-mv2-e2e'),
  firefoxMv3: path.join(ROOT, '.output/firefox-mv3-e2e'),
};
