/**
 * The body of an archived post: `<div>` + the RSS-copied Sina `#artibody` HTML + `</div>`, with
 * `{`/`}` written as `&#123;`/`&#125;` so Hexo's template engine leaves them alone
 * (see ../shared/seed/seed-post.md).
 */

/** The HTML between the wrapper `<div>` and its closing `</div>`; null when the body is not wrapped. */
export function unwrapBody(body: string): string | null {
  const m = /^\s*<div>([\s\S]*)<\/div>\s*$/i.exec(body);
  return m ? (m[1] ?? '') : null;
}

export function wrapBody(inner: string, eol: string): string {
  return ['', '<div>', inner, '</div>', ''].join('\n').replace(/\n/g, eol);
}

/** Hexo-safe braces: every `{`/`}` of the serialized HTML becomes a numeric character reference. */
export function escapeBraces(html: string): string {
  return html.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/**
 * Removes the blank lines the dropped junk leaves behind (the archive's bodies hold runs of empty
 * lines around `<!-- 正文下iframe -->`). Not applied where whitespace is content.
 */
export function tidyWhitespace(html: string): string {
  const trimmed = html.trim();
  if (/<(pre|textarea|listing|plaintext)\b/i.test(trimmed)) return trimmed;
  return trimmed.replace(/[ \t]*\n(?:[ \t]*\n)+/g, '\n').replace(/[ \t]+\n/g, '\n');
}

/** Markers of an RSS-copied Sina `#artibody` (seen in every post of ../shared/corpus/posts). */
const SINA_BODY_MARKERS = [
  'appendQr_wrap', // QR block, 79/79 posts
  'article-editor', // 责任编辑 line, 79/79
  '正文下iframe', // comment, 79/79
  'news_keyword_pub', // keyword comment, 78/79
  'app-kaihu-qr', // account-opening promo
  'img_wrapper', // Sina image wrapper
  'ori_titlesource', // 原标题 paragraph
];

export function hasSinaMarkers(inner: string): boolean {
  return SINA_BODY_MARKERS.some((m) => inner.includes(m));
}
