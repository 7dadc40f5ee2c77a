/**
 * The structural check of serializer output: parsed again by a spec-compliant parser (jsdom), it
 * must hold only allowlisted elements and attributes, no handler, nothing that runs script or
 * loads a frame, and no URL but http(s).
 */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { Window as HappyWindow } from 'happy-dom';
import { expect } from 'vitest';
import { ALLOWED_ELEMENTS } from '../../utils/html-allowlist';

/** One jsdom window; its DOMParser is the spec-compliant parser (cheaper than a JSDOM per check). */
const checker = new JSDOM('').window;

/** What a parser may add around allowed elements (tbody) or as the document itself. */
const STRUCTURE = new Set(['html', 'head', 'body', 'tbody']);
const ADDED_ATTRS = new Set(['rel', 'referrerpolicy']);

/** Every problem of the HTML once parsed again (empty: safe). */
export function problems(html: string, base = 'https://base.example/'): string[] {
  const doc = new checker.DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const name = el.localName;
    const rule = ALLOWED_ELEMENTS[name];
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`foreign element ${name}`);
    else if (!rule && !STRUCTURE.has(name)) out.push(`element ${name}`);
    for (const attr of Array.from(el.attributes)) {
      const allowed = (rule?.attrs as readonly string[] | undefined)?.includes(attr.name) || ADDED_ATTRS.has(attr.name);
      if (!allowed || /^on/i.test(attr.name)) out.push(`attribute ${attr.name} on ${name}`);
      if (attr.name === 'href' || attr.name === 'src') {
        const protocol = new URL(attr.value, base).protocol;
        if (!/^https?:$/.test(protocol)) out.push(`${attr.name} ${attr.value}`);
      }
      // eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
      if (/^(?:(?:java|vb)script|data):/i.test(attr.value.replace(/[\s\u0000-\u001f]/g, ''))) out.push(`URL-like ${attr.name}=${attr.value}`);
    }
  }
  return out;
}

export function expectSafe(html: string, what: string): void {
  expect(problems(html), what).toEqual([]);
}

export type DomKind = 'linkedom' | 'happy-dom' | 'jsdom';
export const DOMS: readonly DomKind[] = ['linkedom', 'happy-dom', 'jsdom'];

/** The body of `html` parsed as a page by one DOM library: the tree the serializer walks. */
export function bodyOf(html: string, kind: DomKind): HTMLElement {
  const page = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  if (kind === 'jsdom') return new checker.DOMParser().parseFromString(page, 'text/html').body;
  if (kind === 'linkedom') return parseHTML(page).document.body as unknown as HTMLElement;
  const win = new HappyWindow({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new win.DOMParser().parseFromString(page, 'text/html').body as unknown as HTMLElement;
}
