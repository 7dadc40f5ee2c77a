/**
 * A saved page read without decoding it first: the first pass (cli/article-pass.ts) tokenizes the
 * bytes as Latin-1 text (one character a byte, cheap), and only what it keeps is decoded, with the
 * charset cli/decode.ts picks for the whole page. Most of a page is thrown away, so most of it is
 * never decoded.
 *
 * Why the Latin-1 view tokenizes like the decoded text, for the charsets taken here (UTF-8 and
 * GB18030/GBK; any other page is decoded whole, as before):
 * - every HTML delimiter is ASCII, and a byte ≥ 0x80 never decodes to ASCII, nor is it one in
 *   Latin-1;
 * - an ASCII byte is always its own character in the decoded text, except a GBK second byte
 *   (0x40–0x7E: `@`, letters, `[\]^_\``, `{|}~`) or a GB18030 digit (0x30–0x39) inside a
 *   multibyte sequence. Such a byte always follows a byte ≥ 0x80, so it never starts a tag name,
 *   an attribute or an entity, and none of them is a delimiter (`<>/="'&;#!?-`, white space);
 * - both decoders read a delimiter in their initial state (a broken sequence before it gives
 *   U+FFFD and the delimiter itself), so a slice from a `<` to just past a `>` decodes to exactly
 *   the characters it has in the whole decoded page (tests/cli/byte-source.test.ts fuzzes this).
 * What the Latin-1 view gets wrong is handled where it is read: a start tag whose attributes hold
 * bytes ≥ 0x80 is read again decoded (exactAttrs) when its id or class is matched or when it is
 * written out as an ancestor of a kept element; a tag name holding one throws
 * NotByteSafe (Latin-1 lower-casing and U+FFFD could make two names equal in one view only), and
 * the page is then decoded whole; limits count at least as much as in the decoded text (one
 * character a byte, duplicate attributes not merged by U+FFFD), so a page over one is decoded
 * whole and counted again before it is refused.
 */
import { Parser } from 'htmlparser2';
import { chooseCharset } from './decode';

export interface ByteSource {
  /** The bytes as Latin-1, one character a byte: indexes are byte offsets. */
  latin1: string;
  /** The bytes from `start` up to `end` (or the end), decoded with the page's charset. */
  text(start: number, end?: number): string;
}

/** A tag name with a byte ≥ 0x80: the page is decoded whole instead. */
export class NotByteSafe extends Error {}

const NON_ASCII = /[^\0-\x7f]/;

export const hasNonAscii = (s: string): boolean => NON_ASCII.test(s);

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030', { ignoreBOM: true });

function source(bytes: Buffer, decode: (b: Buffer) => string): ByteSource {
  return {
    latin1: bytes.toString('latin1'),
    text: (start, end = bytes.length) => decode(bytes.subarray(start, end)),
  };
}

/**
 * The page's bytes when its charset (the choice of ./decode.ts chooseCharset, the same as the
 * whole-page decode) is one the Latin-1 view stands for: UTF-8 or GB18030; else undefined.
 */
export function byteSource(buf: Uint8Array): ByteSource | undefined {
  const { charset, bom } = chooseCharset(buf);
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).subarray(bom);
  if (charset === 'utf-8') return source(bytes, (b) => lenientUtf8.decode(b));
  if (charset === 'gb18030') return source(bytes, (b) => gb18030.decode(b));
  return undefined;
}

/**
 * The attributes of the start tag at [start, end] (its `<` and `>`), from its decoded text, read
 * by the same tokenizer with the same options as the first pass.
 */
export function exactAttrs(src: ByteSource, start: number, end: number): Record<string, string> {
  let attrs: Record<string, string> = {};
  let first = true;
  const p = new Parser({
    onopentag(_name, a) {
      if (first) attrs = a;
      first = false;
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: true });
  p.end(src.text(start, end + 1));
  return attrs;
}

/**
 * Attributes that keep selectors (cli/keep-selector.ts) match as the decoded ones would: they read
 * only ASCII names, and the values of `id` and `class`. A value with a byte ≥ 0x80 can differ
 * (Latin-1 0xA0, a UTF-8 or GBK continuation byte, is white space to its class split), so such a
 * tag is read again decoded; any other attribute is matched by its ASCII name alone, which is the
 * same in both views.
 */
export function matchableAttrs(src: ByteSource, attrs: Record<string, string>, start: number, end: number): Record<string, string> {
  for (const k in attrs) {
    if ((k.length === 2 || k.length === 5) && NON_ASCII.test(attrs[k]!) && /^(?:id|class)$/i.test(k)) return exactAttrs(src, start, end);
  }
  return attrs;
}

/** Attributes as the decoded page has them: the Latin-1 ones unless a name or value holds a byte ≥ 0x80. */
export function decodedAttrs(src: ByteSource, attrs: Record<string, string>, start: number, end: number): Record<string, string> {
  for (const k in attrs) {
    if (NON_ASCII.test(k) || NON_ASCII.test(attrs[k]!)) return exactAttrs(src, start, end);
  }
  return attrs;
}
