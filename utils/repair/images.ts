/**
 * Which `headimg`/`thumbnail` values are wrong: the RSS generator took the first `<img>` of the
 * description, which for an article without pictures is the QR code of the appendQr block
 * (43 of 79 archived posts) or of an account-opening (kaihu) promo
 * (sina-shanghai-realestate-kaihu-qr.md, sina-catl-jinqilin-blockquote-kaihu.md).
 */

/** QR/promo images seen as headimg in ../shared/corpus/posts and the seed. */
export const KNOWN_QR_IMAGES: readonly string[] = [
  'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png', // appendQr_wrap "海量资讯、精准解读"
  'https://n.sinaimg.cn/finance/200/w500h500/20220216/303e-b2864e7bf4f7e5ecede113b90b5a53c9.png', // app-kaihu-qr (sina-shanghai-realestate-kaihu-qr)
  'https://n.sinaimg.cn/tech/512/w256h256/20210430/5f5f-kpptear5623021.png', // app-kaihu-qr tech channel (sina-catl-jinqilin-blockquote-kaihu)
];

export function absoluteUrl(src: string, base: string): string {
  try {
    return new URL(src.trim(), base).href;
  } catch {
    return src.trim();
  }
}

/** Absolute `src`s of the images under `root`, in document order. */
export function imageSources(root: Element, base: string): string[] {
  return Array.from(root.querySelectorAll('img'))
    .map((img) => img.getAttribute('src') ?? '')
    .filter((src) => src !== '' && !src.startsWith('data:'))
    .map((src) => absoluteUrl(src, base));
}

/**
 * A lead image is wrong when it is a known QR image, or an image of the old body that cleaning
 * removed as junk. An image found nowhere in the body (set by hand?) is left alone.
 */
export function isJunkLeadImage(url: string, before: ReadonlySet<string>, after: ReadonlySet<string>, base: string): boolean {
  const abs = absoluteUrl(url, base);
  if (KNOWN_QR_IMAGES.includes(abs)) return true;
  return before.has(abs) && !after.has(abs);
}
