/**
 * Keeps a page from switching our content scripts off with a forged WXT "started" event.
 *
 * Upstream bug (WXT 0.21.4, `ContentScriptContext` in wxt/dist/utils/content-script-context.mjs):
 *
 *   A page can invalidate any WXT content script. To stop an older copy of a content script when
 *   a newer one starts (extension updated or reloaded), the constructor dispatches on `document`
 *   a `CustomEvent` named `${browser.runtime.id}:${entrypoint}:wxt:content-script-started` with
 *   `detail: { contentScriptName, messageId }`, and every live context listens for it and aborts
 *   itself when `contentScriptName` matches and `messageId` is not its own
 *   (`listenForNewerScripts` / `verifyScriptStartedEvent`). DOM events cross worlds and nothing
 *   in the event is secret: the runtime id is public (a Chrome Web Store id; Firefox's
 *   `runtime.id` is the manifest's gecko id) and the entrypoint name is in the extension's files.
 *   So one line of any script on the page,
 *
 *     document.dispatchEvent(new CustomEvent('<id>:sina:wxt:content-script-started',
 *       { detail: { contentScriptName: 'sina', messageId: 'x' } }))
 *
 *   aborts the context: every ctx listener, timer and observer stops, `onInvalidated` cleanup
 *   runs. Seen here in Chromium 156 and Firefox ESR 153: late-injected ads stayed and the popup
 *   could no longer read the page (tests/e2e/hostile-page.e2e.test.ts). The constructor also
 *   `window.postMessage`s the same name to the page unless `noScriptStartedPostMessage` is set,
 *   which hands every page the Chrome extension id.
 *   Expected: only a newer copy of the same extension can stop an older one.
 *
 * Our check: a newer copy of our script only ever starts once this copy's extension context is
 * gone (update, reload, uninstall); then `browser.runtime.id` reads undefined here, which no page
 * can cause. So the event is honoured only when that is so; while our context lives it is a page
 * talking, and it is ignored. (The one case this gives up: `wxt dev` re-injecting a content
 * script into a live extension leaves the old copy running beside the new; its cleaning is
 * idempotent.)
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function ignoreForgedStart<T extends ContentScriptContext>(ctx: T): T {
  const wxtCheck = ctx.verifyScriptStartedEvent.bind(ctx);
  // WXT's listener calls this method on the context each time; replacing it here is enough.
  ctx.verifyScriptStartedEvent = (event: CustomEvent) => wxtCheck(event) && browser.runtime?.id == null;
  return ctx;
}
