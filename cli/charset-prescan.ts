/**
 * The HTML standard's "prescan a byte stream to determine its encoding" (html.spec.whatwg.org,
 * section "Determining the character encoding"): what a browser reads from the first 1,024 bytes
 * when there is no BOM. Comments are skipped, other tags' attributes are stepped over (so a
 * `charset=` inside a `<script>` string or an attribute value is not taken), and a `<meta>` counts
 * only with `charset`, or with `content` plus `http-equiv="content-type"`. Labels are resolved by
 * the WHATWG label table built into TextDecoder.
 */

export const PRESCAN_BYTES = 1024;

export interface Declared {
  /** The label as written, lowercased and trimmed (`gb2312`). */
  label: string;
  /** The WHATWG encoding it names, after the prescan's own rules (UTF-16 → UTF-8). */
  encoding: string;
}

const SPACE = /[\t\n\f\r ]/;

/** The WHATWG encoding of a label, or undefined for unknown labels and those browsers refuse. */
export function encodingOf(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (l === 'x-user-defined') return 'windows-1252'; // the prescan's own rule; TextDecoder lacks it
  try {
    // The "replacement" labels (iso-2022-kr, hz-gb-2312…) throw here, like unknown ones (utf-7).
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

/** A `<meta content>` value's `charset=` (the standard's "extracting a character encoding from a meta element"). */
export function charsetFromContent(content: string): string | undefined {
  const s = content.toLowerCase();
  let at = 0;
  for (;;) {
    const found = s.indexOf('charset', at);
    if (found < 0) return undefined;
    let i = found + 7;
    while (SPACE.test(s[i] ?? '')) i++;
    if (s[i] !== '=') {
      at = i;
      continue;
    }
    i++;
    while (SPACE.test(s[i] ?? '')) i++;
    const q = s[i];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, i + 1);
      return end < 0 ? undefined : content.slice(i + 1, end);
    }
    if (i >= s.length) return undefined;
    const m = /^[^\t\n\f\r ;]+/.exec(content.slice(i));
    return m?.[0];
  }
}

/** The byte scanner: `s` is the head read as Latin-1 (one character a byte). */
class Scan {
  i = 0;
  constructor(readonly s: string) {}

  at(k = 0): string {
    return this.s[this.i + k] ?? '';
  }

  skipSpace(slash = false): void {
    while (SPACE.test(this.at()) || (slash && this.at() === '/')) this.i++;
  }

  /** The standard's "get an attribute": [name, value], or undefined at `>` or at the end. */
  attribute(): [string, string] | undefined {
    this.skipSpace(true);
    if (this.at() === '>' || this.at() === '') return undefined;
    let name = '';
    for (;;) {
      const c = this.at();
      if (c === '') return undefined;
      if (c === '=' && name !== '') break;
      if (SPACE.test(c)) {
        this.skipSpace();
        if (this.at() !== '=') return [name, ''];
        break;
      }
      if (c === '/' || c === '>') return [name, ''];
      name += c.toLowerCase();
      this.i++;
    }
    this.i++; // the '='
    return [name, this.value()];
  }

  private value(): string {
    this.skipSpace();
    const q = this.at();
    if (q === '"' || q === "'") {
      const end = this.s.indexOf(q, this.i + 1);
      const v = this.s.slice(this.i + 1, end < 0 ? this.s.length : end);
      this.i = end < 0 ? this.s.length : end + 1;
      return v.toLowerCase();
    }
    if (q === '>') return '';
    let v = '';
    while (this.at() !== '' && this.at() !== '>' && !SPACE.test(this.at())) v += this.s[this.i++]!.toLowerCase();
    return v;
  }
}

/** A `<meta>`'s declaration, the scanner standing just after `<meta` and its space or slash. */
function metaDeclaration(scan: Scan): Declared | undefined {
  const seen = new Set<string>();
  let pragma = false;
  let needPragma: boolean | undefined;
  let label: string | undefined;
  for (let a = scan.attribute(); a; a = scan.attribute()) {
    const [name, value] = a;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'http-equiv' && value === 'content-type') pragma = true;
    else if (name === 'content' && label === undefined) {
      label = charsetFromContent(value);
      if (label !== undefined) needPragma = true;
    } else if (name === 'charset') {
      label = value;
      needPragma = false;
    }
  }
  if (needPragma === undefined || (needPragma && !pragma) || label === undefined) return undefined;
  const encoding = encodingOf(label);
  if (encoding === undefined) return undefined;
  return { label: label.trim().toLowerCase(), encoding: encoding.startsWith('utf-16') ? 'utf-8' : encoding };
}

/** The encoding the first 1,024 bytes declare, as a browser's prescan finds it. */
export function prescan(buf: Uint8Array): Declared | undefined {
  const scan = new Scan(Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, PRESCAN_BYTES)).toString('latin1'));
  const s = scan.s;
  while (scan.i < s.length) {
    const rest = s.slice(scan.i, scan.i + 6).toLowerCase();
    if (rest.startsWith('<!--')) {
      const end = s.indexOf('-->', scan.i + 2);
      if (end < 0) return undefined;
      scan.i = end + 3;
    } else if (/^<meta[\t\n\f\r /]/.test(rest)) {
      scan.i += 6;
      const found = metaDeclaration(scan);
      if (found) return found;
      scan.i++;
    } else if (/^<\/?[a-z]/.test(rest)) {
      while (scan.i < s.length && !SPACE.test(scan.at()) && scan.at() !== '>') scan.i++;
      while (scan.attribute());
      scan.i++;
    } else if (/^<[!/?]/.test(rest)) {
      const end = s.indexOf('>', scan.i);
      if (end < 0) return undefined;
      scan.i = end + 1;
    } else scan.i++;
  }
  return undefined;
}

/** The declared label of a page head given as text (one character a byte). */
export function declaredCharset(head: string): string | undefined {
  return prescan(Buffer.from(head, 'latin1'))?.label;
}
