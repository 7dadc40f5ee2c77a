/**
 * Plain-text normalisation for values written into front matter and file names (titles, authors,
 * sources, categories, tags). Decided per character, so that no invisible or control character
 * changes how a value reads or displays:
 * - line and paragraph breaks, tabs and other line-ish whitespace (`\n`, `\r\n`, `\t`, `\v`, `\f`,
 *   U+0085, U+2028, U+2029) and NBSP fold to one ASCII space — a title is one line;
 * - runs of ASCII spaces collapse to one; the value is trimmed (U+3000 inside stays: it is text);
 * - removed outright: NUL and the other C0/C1 controls, DEL, BOM (U+FEFF), zero-width space and
 *   non-joiner (U+200B, U+200C), word joiner (U+2060), soft hyphen (U+00AD), LRM/RLM/ALM and
 *   the bidi embeddings/overrides/isolates (U+202A–U+202E, U+2066–U+2069) — invisible, and bidi
 *   controls can make a title display differently from what it is;
 * - zero-width joiner (U+200D) is kept only inside emoji sequences (👨‍👩‍👧), removed elsewhere;
 * - lone surrogates (broken UTF-16) are removed; the result is NFC.
 */

const FOLD_TO_SPACE = /[\t\n\v\f\r\u0085\u00a0\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** ZWJ not between an emoji (optionally with VS16 / skin tone) and another emoji. */
const STRAY_ZWJ = /(?<![\p{Extended_Pictographic}\u{fe0f}\p{Emoji_Modifier}])\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/** One line of clean text (see the module comment for what happens to each character). */
export function cleanText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '')
    .replace(FOLD_TO_SPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(STRAY_ZWJ, '')
    .normalize('NFC')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Clean every entry, drop empty ones and duplicates, keep first-seen order. */
export function cleanList(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const c = cleanText(v);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** `YYYY-MM-DD` of an instant in Beijing time (UTC+8 all year, no DST) — Sina's own calendar. */
export function beijingDate(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}
