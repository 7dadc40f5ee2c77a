/** Hosts whose article templates the site rules know (utils/sites/sina.ts); manifest and scripts share it. */
export const SINA_MATCHES = ['*://*.sina.com.cn/*', '*://*.sina.cn/*'];

/**
 * e2e-mode builds only (wxt.config.ts): a made-up non-Sina news host. The browser tests open the
 * popup in a tab (`?tabId=N`), which grants no activeTab, so only this host permission lets them
 * reach a non-Sina page (tests/e2e/fallback.e2e.test.ts). Never in a shipped manifest
 * (tests/e2e/bundle.e2e.test.ts checks).
 */
export const E2E_OTHER_NEWS_MATCH = '*://news.example-finance.test/*';

export function isSinaHost(hostname: string): boolean {
  return /(^|\.)sina\.(com\.)?cn$/i.test(hostname);
}
