/**
 * Host data the manifest (wxt.config.ts), the content script's `matches` and the background share,
 * derived from the site rules (utils/sites/sina.ts SINA_HOSTS, the `hosts` of the SINA rule).
 */
import { linkPatterns, matchPatterns, onDomain } from './sites/host-match';
import { SINA_ARTICLE_GLOBS, SINA_HOSTS } from './sites/sina';

/** Hosts whose article templates the site rules know: `*://*.sina.com.cn/*`, `*://*.sina.cn/*`. */
export const SINA_MATCHES: string[] = /* @__PURE__ */ matchPatterns(SINA_HOSTS);

/** Links to Sina articles as match patterns (the rules' ARTICLE_URL: doc-i….shtml, detail-i….d.html). */
export const SINA_ARTICLE_LINKS: string[] = /* @__PURE__ */ linkPatterns(SINA_HOSTS, SINA_ARTICLE_GLOBS);

/**
 * e2e-mode builds only (wxt.config.ts): a made-up non-Sina news host. The browser tests open the
 * popup in a tab (`?tabId=N`), which grants no activeTab, so only this host permission lets them
 * reach a non-Sina page (tests/e2e/fallback.e2e.test.ts). Never in a shipped manifest
 * (tests/e2e/bundle.e2e.test.ts checks).
 */
export const E2E_OTHER_NEWS_MATCH = '*://news.example-finance.test/*';

export function isSinaHost(hostname: string): boolean {
  return onDomain(hostname, SINA_HOSTS);
}
