/**
 * Injected on demand (popup/reader, `scripting.executeScript`) into pages the always-on script does
 * not cover — non-Sina news pages for the Readability fallback. It only answers the tab side of the
 * protocol and mounts the reader overlay; it never cleans anything.
 *
 * It runs in the extension's isolated world (executeScript's default), once per injection. A second
 * injection must not answer twice, so the first leaves its context on the world's global under a
 * Symbol: a string-named window property would be clobbered by the page's own elements in Chromium
 * (`<div id="__sfcBridge">` made `window.__sfcBridge` truthy there and the bridge never started:
 * the popup said the page could not be read, tests/e2e/hostile-page.e2e.test.ts), and symbols are
 * no element's name. A copy whose extension context is gone (extension reloaded) is replaced.
 * site-clean.js, where it runs, leaves its context under the same symbol (lib/page/bridge-guard.ts).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BRIDGE_RUNNING as RUNNING } from '@/lib/page/bridge-guard';
import { ignoreForgedStart } from '@/lib/page/ignore-forged-start';
import { createReaderOverlay } from '@/lib/page/reader-overlay';
import { registerTabHandlers } from '@/lib/page/tab-handlers';


export default defineUnlistedScript(() => {
  const world = globalThis as { [RUNNING]?: ContentScriptContext };
  if (world[RUNNING]?.isValid) return; // injected twice: the first copy already answers
  const ctx = ignoreForgedStart(new ContentScriptContext('page-bridge', { noScriptStartedPostMessage: true }));
  world[RUNNING] = ctx;
  const reader = createReaderOverlay(ctx, document);
  registerTabHandlers(ctx, document, reader, () => ({
    detection: { site: 'other' },
    cleaning: false,
    removed: 0,
    hidden: 0,
    host: location.hostname,
  }));
});
