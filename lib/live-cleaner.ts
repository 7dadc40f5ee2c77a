/**
 * The always-on page cleaner (wired by entrypoints/sina.content.ts). States, in order:
 * 1. document_start: an article-looking URL gets the hide stylesheet and CLEAN_ATTR at once, so junk
 *    is never painted (settings are read asynchronously; if they say "off" it is switched off again).
 * 2. DOMContentLoaded: `detectPage` decides. Not an article → everything we added is taken away
 *    (the DOM is exactly the page's own). An article → `cleanLive`, then a throttled
 *    MutationObserver runs it again when the page injects ads later.
 * 3. Settings change (popup toggle): off → attribute and stylesheet go, removed nodes come back
 *    (lib/dom-journal.ts); on → cleaned again. No reload.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, type PageDetection } from '@/utils/detect';
import { buildHideCss, CLEAN_ATTR, cleanLive } from '@/utils/live-clean';
import { isAutoReaderOn, isCleaningOn, type Settings } from '@/utils/settings';
import { readSettings, watchSettingsLite } from './settings-lite';
import { looksLikeArticleUrl } from './article-url';
import { createDomJournal } from './dom-journal';
import { isArticle } from './messaging';
import { OWN_ATTR } from './own-nodes';

export interface LiveCleanerState {
  detection: PageDetection | null;
  cleaning: boolean;
  removed: number;
  hidden: number;
}

export interface LiveCleanerHooks {
  /** Called once when automatic reader mode applies to this article. */
  openReader(): void;
}

/** User Timing name of the first cleaning pass on a page (duration = the pass, end = cleaned). */
export const PASS_MEASURE = 'sfc-clean-pass';

/** Late ads: re-run the (idempotent) cleaning at most this often while the page keeps mutating. */
const THROTTLE_MS = 50;

export function startLiveCleaner(ctx: ContentScriptContext, doc: Document, url: string, hooks: LiveCleanerHooks) {
  const host = new URL(url).hostname;
  const journal = createDomJournal(doc);
  const state: LiveCleanerState = { detection: null, cleaning: false, removed: 0, hidden: 0 };
  let settings: Settings | null = null;
  let style: HTMLStyleElement | null = null;
  let observer: MutationObserver | null = null;
  let pending = 0;
  let autoReaderDecided = false;
  let measured = false;

  const runClean = () => {
    pending = 0;
    const d = state.detection;
    if (!state.cleaning || !d || !isArticle(d)) return;
    const template = d.template;
    const t0 = performance.now();
    const r = journal.record(() => cleanLive(doc, template));
    // The first pass is timed as a User Timing measure (scripts/bench-browser.ts reads it; the page
    // learns nothing the CLEAN_ATTR on <html> does not already tell it).
    if (!measured) performance.measure(PASS_MEASURE, { start: t0 });
    measured = true;
    state.removed += r.removed;
    state.hidden = r.hidden;
  };

  const observe = () => {
    if (observer) return;
    observer = new MutationObserver((records) => {
      if (pending || !records.some((r) => r.addedNodes.length > 0)) return;
      pending = ctx.setTimeout(runClean, THROTTLE_MS);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  };

  const switchOn = () => {
    const root = doc.documentElement;
    if (!root) return;
    if (!style) {
      style = doc.createElement('style');
      style.setAttribute(OWN_ATTR, '');
      style.textContent = buildHideCss();
    }
    if (!style.isConnected) root.prepend(style);
    root.setAttribute(CLEAN_ATTR, '');
    state.cleaning = true;
  };

  const switchOff = () => {
    observer?.disconnect();
    observer = null;
    if (pending) clearTimeout(pending);
    pending = 0;
    style?.remove();
    doc.documentElement?.removeAttribute(CLEAN_ATTR);
    journal.undo();
    state.cleaning = false;
    state.removed = 0;
    state.hidden = 0;
  };

  /** Brings the page in line with what we know now (URL guess → detection; default → settings). */
  const sync = () => {
    if (ctx.isInvalid) return;
    const article = state.detection ? isArticle(state.detection) : looksLikeArticleUrl(url);
    const enabled = settings ? isCleaningOn(settings, host) : true;
    if (article && enabled) {
      if (!state.cleaning) switchOn();
      if (state.detection) {
        runClean();
        observe();
      }
    } else if (state.cleaning) switchOff();
    decideAutoReader(article);
  };

  /** Automatic reader mode is decided once, when the article and the settings are both known. */
  const decideAutoReader = (article: boolean) => {
    if (autoReaderDecided || !settings || !state.detection) return;
    autoReaderDecided = true;
    if (article && isAutoReaderOn(settings, host)) hooks.openReader();
  };

  whenRootExists(doc, sync);
  readSettings().then((s) => ((settings = s), sync()), () => undefined);
  const unwatch = watchSettingsLite((s) => ((settings = s), sync()));
  const onReady = () => {
    state.detection = detectPage(doc, url);
    sync();
  };
  if (doc.readyState === 'loading') ctx.addEventListener(doc, 'DOMContentLoaded', onReady, { once: true });
  else onReady();
  ctx.onInvalidated(() => {
    unwatch();
    observer?.disconnect();
  });

  return {
    state: () => ({ ...state, detection: state.detection ?? detectPage(doc, url) }),
    host,
  };
}

/** Firefox may run document_start scripts before <html> exists; wait for it (one record at most). */
function whenRootExists(doc: Document, fn: () => void): void {
  if (doc.documentElement) return fn();
  const mo = new MutationObserver(() => {
    if (!doc.documentElement) return;
    mo.disconnect();
    fn();
  });
  mo.observe(doc, { childList: true });
}
