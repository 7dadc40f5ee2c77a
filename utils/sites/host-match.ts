/**
 * Hosts of a site as data (`SiteRule.hosts`: registrable domains) and what derives from them:
 * the host test and the match patterns of the manifest and the context menus. Tiny and free of
 * rule data, so the always-on content script can use it (tests/core/bundle-size.test.ts).
 */

/** True when `hostname` is one of `domains` or a subdomain of one (`news.sina.com.cn` of `sina.com.cn`). */
export function onDomain(hostname: string, domains: readonly string[]): boolean {
  const h = hostname.toLowerCase();
  return domains.some((d) => h === d || h.endsWith('.' + d));
}

/** `*://*.<domain>/*` for each domain: the domain and every subdomain, http and https. */
export function matchPatterns(domains: readonly string[]): string[] {
  return domains.map((d) => `*://*.${d}/*`);
}

/** Match patterns of article links: every domain with every path glob (`*doc-i*.shtml`). */
export function linkPatterns(domains: readonly string[], pathGlobs: readonly string[]): string[] {
  return domains.flatMap((d) => pathGlobs.map((g) => `*://*.${d}/${g}`));
}
