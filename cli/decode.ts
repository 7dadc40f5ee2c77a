/**
 * Bytes of a saved page → text. Old Sina pages are GB2312/GBK (../shared/corpus/pages/cwced-*),
 * declared in a `<meta>`; output is always UTF-8.
 * Order: BOM, then the declaration in the first ~2 KB, then a UTF-8 validity check: a page that
 * declares gb2312 but whose bytes are valid UTF-8 was re-saved by someone (corpus trap
 * kx724-nonarticle-vipstock-corp-financesummary-600519.html) and is read as UTF-8.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The charset the bytes were decoded with. */
  charset: string;
  /** The charset the page declared, if any. */
  declared?: string;
}

const SNIFF_BYTES = 2048;
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function bomCharset(buf: Uint8Array): string | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `<meta charset=x>` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
export function declaredCharset(head: string): string | undefined {
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(meta);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return undefined;
}

/** GB2312 and GBK are subsets of GB18030: decoding with the superset never loses a character. */
function normalizeCharset(name: string): string {
  const n = name.toLowerCase();
  if (['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'euc-cn', 'x-euc-cn', 'csgb2312', 'chinese'].includes(n)) return 'gb18030';
  if (n === 'utf8' || n === 'unicode-1-1-utf-8') return 'utf-8';
  return n;
}

function tryUtf8(buf: Uint8Array): string | undefined {
  try {
    return fatalUtf8.decode(buf);
  } catch {
    return undefined;
  }
}

function decodeWith(buf: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(buf);
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), charset);
}

/** Bytes → text (BOM removed). Unknown declared charsets fall back to UTF-8. */
export function decodeHtml(buf: Uint8Array): Decoded {
  const bom = bomCharset(buf);
  if (bom) {
    const skip = bom === 'utf-8' ? 3 : 2;
    return { text: decodeWith(buf.subarray(skip), bom === 'utf-8' ? 'utf-8' : bom), charset: bom };
  }
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, SNIFF_BYTES)).toString('latin1');
  const declared = declaredCharset(head);
  const utf8 = tryUtf8(buf);
  if (utf8 !== undefined) return { text: utf8, charset: 'utf-8', declared };
  // Not valid UTF-8: trust the declaration; an undeclared Sina page is GB-encoded (2004–2005 era).
  const wanted = normalizeCharset(declared ?? 'gb18030');
  const charset = wanted !== 'utf-8' && iconv.encodingExists(wanted) ? wanted : 'gb18030';
  return { text: decodeWith(buf, charset), charset, declared };
}

/** Binary data (images, archives…) is not a page: NUL bytes in the head of a file without a UTF-16 BOM. */
export function looksBinary(buf: Uint8Array): boolean {
  if (bomCharset(buf)?.startsWith('utf-16')) return false;
  const n = Math.min(buf.byteLength, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
