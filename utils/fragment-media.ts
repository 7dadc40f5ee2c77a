/**
 * Images and links of an article fragment: lazy images get their real src, every URL becomes
 * absolute (protocol-relative → https:), every image gets referrerpolicy="no-referrer"
 * (Sina's image hosts refuse foreign referrers).
 */
import { POSTER_MARK } from './fragment-video';
import { absolutize } from './url';

/** Lazy-loading attributes, most specific first (mobile data-src: pages/magichtml-mobile-*). */
const LAZY = ['data-src', 'data-original', 'real_src'];
const NON_HTTP = /^\s*(javascript|vbscript|data|mailto|tel|about|blob):/i;
/** QR/promo images never make a lead image (posts/sina-shanghai-realestate-kaihu-qr.md). */
const NOT_LEAD = /(qr|erweima|kaihu|weixin_|\/20200514\/343233024\.png)/i;

export function fixMedia(root: Element, baseUrl: string): void {
  for (const img of root.querySelectorAll('img')) fixImage(img, baseUrl);
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!NON_HTTP.test(href) && !href.startsWith('#')) setIfChanged(a, 'href', absolutize(href, baseUrl));
  }
}

function fixImage(img: Element, baseUrl: string): void {
  const lazy = LAZY.map((a) => img.getAttribute(a)).find((v) => v && !NON_HTTP.test(v));
  const src = lazy ?? img.getAttribute('src');
  if (src && !NON_HTTP.test(src)) setIfChanged(img, 'src', absolutize(src, baseUrl));
  const srcset = img.getAttribute('srcset');
  if (srcset) setIfChanged(img, 'srcset', absolutizeSrcset(srcset, baseUrl));
  setIfChanged(img, 'referrerpolicy', 'no-referrer');
}

function absolutizeSrcset(srcset: string, baseUrl: string): string {
  return srcset
    .split(',')
    .map((part) => {
      const [u, ...d] = part.trim().split(/\s+/);
      return u ? [absolutize(u, baseUrl), ...d].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Only write when different: keeps a second cleaning pass a no-op (idempotence). */
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * First article picture with an http(s) src that is not a QR/promo image; a video's poster
 * (utils/fragment-video.ts) only when the article has no picture of its own.
 */
export function firstImage(root: Element): string | undefined {
  let poster: string | undefined;
  for (const img of root.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^https?:\/\//i.test(src) || NOT_LEAD.test(src)) continue;
    if (!img.hasAttribute(POSTER_MARK)) return src;
    poster ??= src;
  }
  return poster;
}
