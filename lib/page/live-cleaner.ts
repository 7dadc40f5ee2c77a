/**
 * The live page cleaner of one site's LiveRules (Sina's always-on entrypoints/sina.content.ts, a
 * granted site's entrypoints/site-clean.ts). States, in order:
 * 1. document_start: an article-looking URL gets the hide stylesheet and CLEAN_ATTR at once, so junk
 *    is never painted (settings are read asynchronously; if they say "off" it is switched off again).
 * 2. DOMContentLoaded: the rules' `detect` decides. Not an article → everything we added is taken away
 *    (the DOM is exactly the page's own). An article → `cleanLive`, then a throttled
 *    MutationObserver runs it again when the page injects ads later.
 * 3. Settings change (popup toggle): off → attribute and stylesheet go, removed nodes come back
 *    (utils/dom-journal.ts); on → cleaned again. No reload.
 * While cleaning, a page that takes the stylesheet or the attribute away gets them back (only the
 * settings switch cleaning off, never the page).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CLEAN_ATTR, type LiveRules } from '@/utils/live-clean';
import { OWN_ATTR } from '@/utils/own-nodes';
import { type HostLists, isAutoReaderOn, isCleaningOn } from '@/utils/settings';
import { createDomJournal } from '@/utils/dom-journal';
import { createHideSwitch } from '@/utils/hide-switch';
import { createLateAdWatcher, createThrottledWatcher } from './late-ad-watcher';
import { readSettings, watchSettingsLite } from './settings-lite';

export interface LiveCleanerState<D> {
  detection: D | null;
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

export function startLiveCleaner<D>(ctx: ContentScriptContext, doc: Document, url: string, hooks: LiveCleanerHooks, rules: LiveRules<D>) {
  const host = new URL(url).hostname;
  const journal = createDomJournal(doc);
  const hide = createHideSwitch(doc, rules.css);
  const state: LiveCleanerState<D> = { detection: null, cleaning: false, removed: 0, hidden: 0 };
  let settings: HostLists | null = null;
  let autoReaderDecided = false;

  const runClean = () => {
    const d = state.detection;
    if (!state.cleaning || d === null || !rules.article(d)) return;
    const r = timedFirstPass(() => journal.record(() => rules.clean(doc, d)));
    state.removed += r.removed;
    state.hidden = r.hidden;
  };
  const lateAds = createLateAdWatcher(ctx, doc, runClean);
  const keeper = keepHideSwitch(ctx, doc, () => hide.on());

  const switchOff = () => {
    lateAds.stop();
    keeper.stop();
    hide.off();
    journal.undo();
    Object.assign(state, { cleaning: false, removed: 0, hidden: 0 });
  };

  /** Brings the page in line with what we know now (URL guess → detection; default → settings). */
  const sync = () => {
    if (ctx.isInvalid) return;
    const article = state.detection !== null ? rules.article(state.detection) : rules.guess(url);
    const enabled = settings ? isCleaningOn(settings, host) : true;
    if (!article || !enabled) {
      if (state.cleaning) switchOff();
    } else {
      if (!state.cleaning) state.cleaning = hide.on();
      if (state.cleaning) keeper.start();
      if (state.cleaning && state.detection) {
        runClean();
        lateAds.start();
      }
    }
    // Automatic reader mode is decided once, when the article and the settings are both known.
    if (autoReaderDecided || !settings || state.detection === null) return;
    autoReaderDecided = true;
    if (article && isAutoReaderOn(settings, host)) hooks.openReader();
  };

  whenRootExists(doc, sync);
  readSettings().then((s) => ((settings = s), sync()), () => undefined);
  ctx.onInvalidated(watchSettingsLite((s) => ((settings = s), sync())));
  const onReady = () => {
    state.detection = rules.detect(doc, url);
    sync();
  };
  if (doc.readyState === 'loading') ctx.addEventListener(doc, 'DOMContentLoaded', onReady, { once: true });
  else onReady();

  return {
    state: () => ({ ...state, detection: state.detection ?? rules.detect(doc, url) }),
    host,
  };
}

let measured = false;

/**
 * Times the first pass on the page as a User Timing measure (scripts/bench-browser.ts reads it;
 * the page learns nothing the CLEAN_ATTR on <html> does not already tell it).
 */
function timedFirstPass<T>(pass: () => T): T {
  const t0 = performance.now();
  const result = pass();
  if (!measured) performance.measure(PASS_MEASURE, { start: t0 });
  measured = true;
  return result;
}

/**
 * Watches <html> for the page taking away our hide stylesheet (a child of <html> carrying
 * OWN_ATTR) or CLEAN_ATTR; `restore` puts them back. Our own restoring only adds, so it does not
 * fire it; it is stopped before we switch cleaning off ourselves.
 */
function keepHideSwitch(ctx: ContentScriptContext, doc: Document, restore: () => void) {
  const taken = (r: MutationRecord) =>
    r.type === 'attributes'
      ? !(r.target as Element).hasAttribute(CLEAN_ATTR)
      : [...r.removedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE && (n as Element).localName === 'style' && (n as Element).hasAttribute(OWN_ATTR));
  return createThrottledWatcher(ctx, doc, { attributes: true, attributeFilter: [CLEAN_ATTR], childList: true }, taken, restore);
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
