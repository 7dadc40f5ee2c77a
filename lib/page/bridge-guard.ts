/**
 * The symbol under which a tab-side script that answers the protocol off Sina (page-bridge.js,
 * site-clean.js) leaves its context on the isolated world's global: a second copy, or the other
 * script, sees it and stands down, so one message never gets two answers. A symbol because a
 * string-named window property is clobbered by the page's own elements in Chromium
 * (`<div id="__sfcBridge">`, tests/e2e/hostile-page.e2e.test.ts).
 */
export const BRIDGE_RUNNING = Symbol.for('sina-finance-cleaner.page-bridge');

/**
 * Set by site-clean.js alone: a second copy of it (registered at document_start, then injected by
 * the popup right after a grant) stands down, while a page bridge the popup injected before the
 * grant is aborted and replaced (its handlers go with its context).
 */
export const CLEANER_RUNNING = Symbol.for('sina-finance-cleaner.site-clean');
