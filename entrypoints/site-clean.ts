/**
 * The live cleaner of a granted other site (utils/sites/others.ts): registered at run time by the
 * background (lib/background/site-access.ts → setPageScript) at document_start on the sites the
 * user granted, or injected once by the popup right after a grant. It does on that site what
 * entrypoints/sina.content.ts does on Sina, with the site's own rules (utils/site-live-rules.ts),
 * and answers the tab side of the protocol, so the popup does not inject page-bridge.js as well:
 * it leaves its context under the bridge's symbol too, and replaces a bridge injected before it.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreForgedStart } from '@/lib/page/ignore-forged-start';
import { startLiveCleaner } from '@/lib/page/live-cleaner';
import { BRIDGE_RUNNING, CLEANER_RUNNING } from '@/lib/page/bridge-guard';
import { createReaderOverlay } from '@/lib/page/reader-overlay';
import { registerTabHandlers } from '@/lib/page/tab-handlers';
import { siteLiveRules } from '@/utils/site-live-rules';

export default defineUnlistedScript(() => {
  const rules = siteLiveRules(location.href);
  const world = globalThis as { [BRIDGE_RUNNING]?: ContentScriptContext; [CLEANER_RUNNING]?: ContentScriptContext };
  if (!rules || world[CLEANER_RUNNING]?.isValid) return; // registered and injected both: the first copy answers
  world[BRIDGE_RUNNING]?.abort(); // a page bridge from before the grant: this copy answers from now on
  const ctx = ignoreForgedStart(new ContentScriptContext('site-clean', { noScriptStartedPostMessage: true }));
  world[BRIDGE_RUNNING] = world[CLEANER_RUNNING] = ctx;
  const reader = createReaderOverlay(ctx, document);
  const cleaner = startLiveCleaner(ctx, document, location.href, { openReader: () => void reader.open().catch(() => undefined) }, rules);
  registerTabHandlers(ctx, document, reader, () => {
    const { cleaning, removed, hidden } = cleaner.state();
    // The popup and reader read other sites with their own engine: the report only says what we did live.
    return { detection: { site: 'other' }, cleaning, removed, hidden, host: cleaner.host };
  });
});
