/**
 * File names every OS and both browsers' download APIs accept. Conservative on purpose:
 * - Chrome (`net::IsSafePortablePathComponent`) refuses `"*\/:<>?|~`, controls and every Unicode
 *   format character (Cf: ZWJ, bidi marks, BOM …), and whitespace, `.` or `~` at either end;
 * - Firefox (`DownloadPaths.sanitize`) must leave the name unchanged: no `\/:*?"<>|`, whitespace
 *   of any kind folded to one ASCII space, no leading/trailing dots or spaces;
 * - Windows: reserved device names (CON, nul.txt, Com1 …) even with an extension;
 * - ext4/NTFS: 255 bytes/units per name — we cap the UTF-8 bytes (CJK is 3 bytes).
 * Replacements: ASCII-illegal characters → `_` (the archive turned `1049元/斤` into `1049元_斤`);
 * `%` → `％` and `~` → `～` (full-width look-alikes keep `增长3%~5%` readable, no `%2e` tricks).
 */

const WHITESPACE = /[\p{White_Space}]+/gu;
/** Controls, format chars (incl. ZWJ, bidi, BOM), surrogates, private use, unassigned/noncharacters. */
const UNSAFE_CODEPOINTS = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const ILLEGAL_ASCII = /[\\/:*?"<>|]/g;
const LEADING_JUNK = /^[\s._-]+/;
const TRAILING_JUNK = /[\s.]+$/;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;

/** The characters a person sees, so a cut never splits a surrogate pair or an emoji sequence. */
function graphemes(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(seg.segment(s), (x) => x.segment);
  }
  return Array.from(s);
}

/** Longest prefix of whole graphemes within `maxBytes` UTF-8 bytes. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (byteLength(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const g of graphemes(s)) {
    const b = byteLength(g);
    if (bytes + b > maxBytes) break;
    out += g;
    bytes += b;
  }
  return out;
}

function tidy(s: string): string {
  return s
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .replace(UNSAFE_CODEPOINTS, '')
    .replace(ILLEGAL_ASCII, '_')
    .replace(/%/g, '％')
    .replace(/~/g, '～')
    .replace(/_{2,}/g, '_')
    .replace(/ {2,}/g, ' ');
}

const trimEnds = (s: string): string => s.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');

/** `CON` → `CON_`, `nul.txt` → `nul_.txt`: Windows reserves the part before the first dot. */
function avoidReserved(s: string): string {
  const dot = s.indexOf('.');
  const stem = dot < 0 ? s : s.slice(0, dot);
  return RESERVED.test(stem.trim()) ? `${stem.trim()}_${dot < 0 ? '' : s.slice(dot)}` : s;
}

/**
 * A safe `<base>.<ext>` of at most `maxBytes` UTF-8 bytes. `ext` is letters/digits only
 * (`.md`, `md` and `MD` all work); an empty or all-junk base becomes `article`.
 */
export function safeFilename(base: string, ext: string, maxBytes = 200): string {
  const cleanExt = ext.replace(/[^a-z0-9]/gi, '').slice(0, 16);
  const suffix = cleanExt ? `.${cleanExt}` : '';
  // Room for the suffix and for the `_` a reserved name may get.
  const budget = Math.max(8, maxBytes - byteLength(suffix) - 1);
  let name = trimEnds(tidy(base));
  name = trimEnds(truncateUtf8(name, budget));
  name = avoidReserved(name) || 'article';
  return `${name}${suffix}`;
}
