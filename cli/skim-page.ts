/**
 * Cut page furniture out of a saved page's HTML before the DOM is built (rules:
 * utils/sites/sina-skim.ts). One streaming pass with htmlparser2, the tokenizer and tree rules
 * linkedom itself parses with, so a subtree cut here is exactly the subtree linkedom would have
 * built. Only elements closed by their own end tag are cut: one closed implicitly (a `<p>` ended
 * by a `<div>`, an element left open at the end of the file) has no clean end in the text, so it
 * is kept whole. Never cuts inside a `keep` element (the article roots).
 * The same pass counts elements, attributes, comments and depth, and stops at the first limit
 * passed: a hostile page is refused before a DOM of it is ever built.
 * No longer on the convert path: cli/article-pass.ts copies out only what extraction reads, which
 * leaves out all this cuts and more; this stays while its rules (utils/sites/sina-skim.ts) do.
 */
import { Parser } from 'htmlparser2';
import { counter, type SkimLimits } from './page-count';

export type { SkimLimits };

interface SimpleSelector {
  tag?: string;
  id?: string;
  classes: string[];
}

const SIMPLE = /^([a-z][a-z0-9-]*)?((?:[#.][\w-]+)*)$/i;

/** `tag#id.class` → parts; anything more (combinators, attributes) is a programming error. */
export function parseSimpleSelector(sel: string): SimpleSelector {
  const m = SIMPLE.exec(sel.trim());
  if (!m || sel.trim() === '') throw new Error(`not a simple selector: ${sel}`);
  const out: SimpleSelector = { classes: [] };
  if (m[1]) out.tag = m[1].toLowerCase();
  for (const part of m[2]!.match(/[#.][\w-]+/g) ?? []) {
    if (part[0] === '#') out.id = part.slice(1);
    else out.classes.push(part.slice(1));
  }
  return out;
}

function matches(sel: SimpleSelector, tag: string, attrs: Record<string, string>): boolean {
  if (sel.tag && sel.tag !== tag) return false;
  if (sel.id !== undefined && attrs.id !== sel.id) return false;
  if (sel.classes.length === 0) return true;
  const have = (attrs.class ?? '').split(/\s+/);
  return sel.classes.every((c) => have.includes(c));
}

export interface Skimmed {
  /** The page without the skipped subtrees, or undefined when nothing was cut. */
  html: string | undefined;
  /** Elements of the whole page, before any cut. */
  elements: number;
}

export type Skimmer = (html: string) => Skimmed;

const NO_LIMITS: SkimLimits = { depth: Infinity, elements: Infinity, nodes: Infinity, attributes: Infinity, text: Infinity };

export function createSkimmer(skip: readonly string[], keep: readonly string[], limits: SkimLimits = NO_LIMITS): Skimmer {
  const skipSel = skip.map(parseSimpleSelector);
  const keepSel = keep.map(parseSimpleSelector);
  return (html) => {
    const parts: string[] = [];
    const count = counter(limits);
    const { c } = count;
    let from = 0;
    let cutDepth = -1; // depth of the element being cut, -1 when none
    let cutStart = 0;
    let keepDepth = -1; // depth of the outermost article root we are inside, -1 when none
    const parser = new Parser({
      onopentag(name, attrs) {
        count.open(attrs);
        if (cutDepth >= 0 || keepDepth >= 0) return;
        if (keepSel.some((s) => matches(s, name, attrs))) keepDepth = c.depth;
        else if (skipSel.some((s) => matches(s, name, attrs))) {
          cutDepth = c.depth;
          cutStart = parser.startIndex;
        }
      },
      onclosetag(_name, implied) {
        if (c.depth === cutDepth) {
          if (!implied) {
            parts.push(html.slice(from, cutStart));
            from = parser.endIndex + 1;
          }
          cutDepth = -1;
        }
        if (c.depth === keepDepth) keepDepth = -1;
        c.depth -= 1;
      },
      oncomment: count.comment,
      ontext: count.text,
    }, { lowerCaseAttributeNames: false, decodeEntities: true });
    parser.end(html);
    if (parts.length === 0) return { html: undefined, elements: c.elements };
    parts.push(html.slice(from));
    return { html: parts.join(''), elements: c.elements };
  };
}
