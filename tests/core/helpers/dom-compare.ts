/**
 * Compare HTML as DOM: a canonical serialization with sorted attributes (DOM
 * libraries order new attributes differently) and, optionally, collapsed whitespace; plus the
 * path of the first difference for readable failures.
 */
import { htmlDoc } from './corpus';

export interface CanonOptions {
  /** Collapse whitespace runs in text and drop whitespace-only text nodes. */
  collapse?: boolean;
}

function canonNode(n: Node, opts: CanonOptions, out: string[]): void {
  if (n.nodeType === 3) {
    const t = opts.collapse ? (n.textContent ?? '').replace(/[ \t\r\n]+/g, ' ') : (n.textContent ?? '');
    if (!opts.collapse || t.trim()) out.push(t.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    return;
  }
  if (n.nodeType !== 1) return;
  const el = n as Element;
  const tag = el.tagName.toLowerCase();
  // linkedom does not insert the implicit <tbody> browsers add: treat it as transparent.
  if (tag === 'tbody' && el.attributes.length === 0) {
    for (let c = el.firstChild; c; c = c.nextSibling) canonNode(c, opts, out);
    return;
  }
  const attrs = [...el.attributes].map((a) => `${a.name}="${a.value.replace(/"/g, '&quot;')}"`).sort();
  out.push(`<${[tag, ...attrs].join(' ')}>`);
  for (let c = el.firstChild; c; c = c.nextSibling) canonNode(c, opts, out);
  out.push(`</${tag}>`);
}

/** Canonical form of the children of an element. */
export function canonChildren(root: Element, opts: CanonOptions = {}): string {
  const out: string[] = [];
  for (let c = root.firstChild; c; c = c.nextSibling) canonNode(c, opts, out);
  return out.join('');
}

/** Canonical form of an HTML fragment. */
export function canonHtml(html: string, opts: CanonOptions = {}): string {
  return canonChildren(htmlDoc(html).getElementById('x') as Element, opts);
}

/** Path (e.g. `div[2] > p[0] > #text`) of the first difference between two fragments, or null. */
export function firstDifference(a: string, b: string, opts: CanonOptions = { collapse: true }): string | null {
  const ra = htmlDoc(a).getElementById('x') as Element;
  const rb = htmlDoc(b).getElementById('x') as Element;
  return diffNode(ra, rb, 'root', opts);
}

function kids(el: Element, opts: CanonOptions): Node[] {
  return [...el.childNodes].flatMap((c) => (c.nodeType === 1 && (c as Element).tagName.toLowerCase() === 'tbody' ? [...c.childNodes] : [c])).filter((c) => c.nodeType === 1 || (c.nodeType === 3 && (!opts.collapse || (c.textContent ?? '').trim())));
}

function diffNode(a: Element, b: Element, path: string, opts: CanonOptions): string | null {
  const sa: string[] = [];
  const sb: string[] = [];
  canonNode(a, opts, sa);
  canonNode(b, opts, sb);
  if (sa.join('') === sb.join('')) return null;
  const ka = kids(a, opts);
  const kb = kids(b, opts);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const x = ka[i];
    const y = kb[i];
    const name = x ? (x.nodeType === 1 ? (x as Element).tagName.toLowerCase() : '#text') : 'missing';
    if (!x || !y || x.nodeType !== y.nodeType || (x.nodeType === 3 && canonText(x, opts) !== canonText(y, opts))) {
      return `${path} > ${name}[${i}]`;
    }
    if (x.nodeType === 1) {
      const d = diffNode(x as Element, y as Element, `${path} > ${name}[${i}]`, opts);
      if (d) return d;
    }
  }
  return `${path} (attributes)`;
}

function canonText(n: Node, opts: CanonOptions): string {
  const out: string[] = [];
  canonNode(n, opts, out);
  return out.join('');
}
