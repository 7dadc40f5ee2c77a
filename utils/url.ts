/**
 * URL helpers for Sina pages: absolute URLs, doc ids and channel categories. Pure.
 */
import { onDomain } from './sites/host-match';
import { ARTICLE_URL, SINA_HOSTS } from './sites/sina';
import { CHANNELS } from './sites/sina-channels';

/** Parse an absolute http(s)/file URL; undefined when it is not one. */
export function parseUrl(url: string | null | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url.trim());
  } catch {
    return undefined;
  }
}

/** True for `*.sina.com.cn` / `*.sina.cn` http(s) URLs. */
export function isSinaUrl(url: string | null | undefined): boolean {
  const u = parseUrl(url);
  return !!u && /^https?:$/.test(u.protocol) && onDomain(u.hostname, SINA_HOSTS);
}

/**
 * Resolve `ref` against `base`. Protocol-relative URLs become https: (Sina's image hosts serve
 * https; a saved page's base may be file:). Unresolvable input is returned trimmed, unchanged.
 */
export function absolutize(ref: string, base: string): string {
  const r = ref.trim();
  if (!r) return r;
  if (r.startsWith('//')) return 'https:' + r;
  try {
    return new URL(r, base || undefined).href;
  } catch {
    return r;
  }
}

/** `imizirav5391234` from `…/doc-imizirav5391234.shtml` or `…/detail-ikknscsi2623250.d.html`. */
export function docIdFromUrl(url: string): string | undefined {
  const u = parseUrl(url);
  const m = u ? ARTICLE_URL.exec(u.pathname) : null;
  return m?.[1];
}

/** Channel category for a Sina URL, e.g. `/china/` → `新浪财经－国內`; undefined when unknown. */
export function categoryFromUrl(url: string): string | undefined {
  const u = parseUrl(url);
  if (!u) return undefined;
  const hit = CHANNELS.find((c) => c.host.test(u.hostname) && u.pathname.startsWith(c.path));
  return hit?.name;
}
