/**
 * Functions evaluated INSIDE the page (serialised by the drivers: no closures over Node values,
 * everything comes in as the argument).
 */
export interface JunkProbe {
  hide: string[];
  remove: string[];
  roots: string[];
}

/** Junk elements still rendered: every LIVE_HIDE match, and LIVE_REMOVE matches in the article root. */
export function visibleJunk(p: JunkProbe): string[] {
  const shown = (el: Element) => el.isConnected && el.getClientRects().length > 0 &&
    (el as HTMLElement).checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  const describe = (el: Element) => `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')}`;
  const out: string[] = [];
  for (const sel of p.hide) document.querySelectorAll(sel).forEach((el) => shown(el) && out.push(`${sel} → ${describe(el)}`));
  const root = p.roots.map((r) => document.querySelector(r)).find((r) => r);
  for (const sel of p.remove) root?.querySelectorAll(sel).forEach((el) => shown(el) && out.push(`${sel} → ${describe(el)}`));
  return out;
}

/** How many junk elements exist at all (to show a test is not vacuous). */
export function junkCount(p: JunkProbe): number {
  const root = p.roots.map((r) => document.querySelector(r)).find((r) => r);
  return p.hide.reduce((n, s) => n + document.querySelectorAll(s).length, 0) +
    p.remove.reduce((n, s) => n + (root?.querySelectorAll(s).length ?? 0), 0);
}

/**
 * Paragraphs (squashed text) not rendered: for each, the deepest elements whose text holds it
 * must include a visible one. Live stock quotes (`span[id^=quote_]`, filled by the page, dropped by
 * the export) do not count as text. Returns the missing paragraphs.
 */
export function hiddenParagraphs(paragraphs: string[]): string[] {
  const squash = (t: string | null) => (t ?? '').replace(/[\s\u3000\u00a0\u200b]+/g, '');
  const skip = (el: Element) => /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName) || /^quote_/.test(el.id);
  const shown = (el: Element) => el.getClientRects().length > 0 &&
    (el as HTMLElement).checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  const all = [...document.body.querySelectorAll('*')];
  const texts = new Map<Element, string>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let t = '';
    if (!skip(el)) el.childNodes.forEach((n) => (t += n.nodeType === 3 ? squash(n.nodeValue) : texts.get(n as Element) ?? ''));
    texts.set(el, t);
  }
  return paragraphs.filter((para) => {
    const holders = all.filter((el) => texts.get(el)!.includes(para));
    const deepest = holders.filter((el) => ![...el.children].some((c) => texts.get(c)?.includes(para)));
    return !deepest.some(shown);
  });
}

/** A DOM serialisation for identity checks (the document's own markup, attributes included). */
export function domSnapshot(): string {
  return document.documentElement.outerHTML;
}
