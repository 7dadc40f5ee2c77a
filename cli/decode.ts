/**
 * Bytes of a saved page → text, decoded as a browser decodes it (the WHATWG Encoding standard and
 * the HTML standard's encoding sniffing), with TextDecoder's built-in label table; output is
 * always UTF-8. Old Sina pages are GB2312/GBK (../shared/corpus/pages/cwced-*), declared in a
 * `<meta>`. Order:
 * 1. a BOM (UTF-8, UTF-16BE, UTF-16LE) wins over everything and is removed;
 * 2. the `<meta>` declaration in the first 1,024 bytes (cli/charset-prescan.ts): UTF-16 there
 *    means UTF-8, and labels browsers refuse (UTF-7, the "replacement" ones such as ISO-2022-KR)
 *    are not honoured;
 * 3. bytes that are valid UTF-8 are UTF-8 even when a legacy charset is declared: such a page was
 *    re-saved by someone (corpus trap kx724-nonarticle-vipstock-corp-financesummary-600519.html);
 * 4. without a usable declaration, invalid UTF-8 is GBK, the default of a Chinese-locale browser
 *    and of the 2004–2005 Sina pages.
 * GBK is decoded with the gb18030 decoder, as the Encoding standard does: it is a superset, and
 * TextDecoder's own "gbk" drops GB18030's four-byte sequences.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { prescan } from './charset-prescan';

export { declaredCharset } from './charset-prescan';

export interface Decoded {
  text: string;
  /** The decoder the bytes were decoded with (a WHATWG encoding name). */
  charset: string;
  /** The label the page declared, if any (as written, lowercased). */
  declared?: string;
}

function bomCharset(buf: Uint8Array): string | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The decoder for a WHATWG encoding name (the Encoding standard decodes GBK with gb18030's). */
function decoderName(encoding: string): string {
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

/**
 * Some Node releases (20.18.3 on, 22.13 on) decode windows-1252 as Latin-1, 0x80 → U+0080 instead
 * of €, through a fast path that skips ICU. Checked once; then iconv-lite's table is used for it
 * (its five unassigned bytes give U+FFFD where browsers give invisible C1 controls).
 */
const windows1252Broken = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€';

function decodeWith(buf: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252' && windows1252Broken) return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows1252');
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(buf);
}

export interface CharsetChoice {
  /** The decoder's name. */
  charset: string;
  /** Bytes of byte order mark to skip. */
  bom: number;
  /** The label the page declared, if any (not read behind a BOM). */
  declared?: string;
}

/**
 * Which charset reads the page, the one choice for the whole-page decode below and the command
 * line's first pass (./byte-source.ts): a BOM, then valid UTF-8 (whatever the page declares), then
 * the declared charset, then GBK (decoded as GB18030).
 */
export function chooseCharset(buf: Uint8Array): CharsetChoice {
  const bom = bomCharset(buf);
  if (bom) return { charset: bom, bom: bom === 'utf-8' ? 3 : 2 };
  const found = prescan(buf);
  const charset = isUtf8(buf) ? 'utf-8' : decoderName(found?.encoding ?? 'gbk');
  return { charset, bom: 0, declared: found?.label };
}

/** Bytes → text (BOM removed). */
export function decodeHtml(buf: Uint8Array): Decoded {
  const { charset, bom, declared } = chooseCharset(buf);
  const text = decodeWith(buf.subarray(bom), charset);
  return bom ? { text, charset } : { text, charset, declared };
}

/** Binary data (images, archives…) is not a page: NUL bytes in the head of a file without a UTF-16 BOM. */
export function looksBinary(buf: Uint8Array): boolean {
  if (bomCharset(buf)?.startsWith('utf-16')) return false;
  const n = Math.min(buf.byteLength, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
