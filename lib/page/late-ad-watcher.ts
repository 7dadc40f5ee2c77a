/**
 * Ads and promos the page injects after load (Sina's sinaads fills slots late): a MutationObserver
 * that, when nodes are added, runs the (idempotent) cleaning pass at most once per THROTTLE_MS.
 * Its timer is a ctx timer, so nothing runs once the extension context is invalidated.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const THROTTLE_MS = 50;

export interface LateAdWatcher {
  start(): void;
  stop(): void;
}

/**
 * A MutationObserver on `<html>` that runs `run` at most once per THROTTLE_MS when a batch of
 * records holds a `relevant` one: a storm of mutations costs one scan of the records and at most
 * one pending timer. Stopped, and its timer cleared, when the extension context goes.
 */
export function createThrottledWatcher(ctx: ContentScriptContext, doc: Document, init: MutationObserverInit, relevant: (r: MutationRecord) => boolean, run: () => void): LateAdWatcher {
  let observer: MutationObserver | null = null;
  let pending = 0;
  const fire = () => {
    pending = 0;
    run();
  };
  const watcher: LateAdWatcher = {
    start() {
      if (observer || ctx.isInvalid || !doc.documentElement) return;
      observer = new MutationObserver((records) => {
        if (pending || !records.some(relevant)) return;
        pending = ctx.setTimeout(fire, THROTTLE_MS);
      });
      observer.observe(doc.documentElement, init);
    },
    stop() {
      observer?.disconnect();
      observer = null;
      if (pending) clearTimeout(pending);
      pending = 0;
    },
  };
  ctx.onInvalidated(() => watcher.stop());
  return watcher;
}

/** Runs the cleaning pass again when the page adds nodes anywhere. */
export function createLateAdWatcher(ctx: ContentScriptContext, doc: Document, run: () => void): LateAdWatcher {
  return createThrottledWatcher(ctx, doc, { childList: true, subtree: true }, (r) => r.addedNodes.length > 0, run);
}
