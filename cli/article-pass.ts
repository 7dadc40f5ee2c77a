/**
 * The command line's one streaming pass over a saved page (htmlparser2, the tokenizer and tree
 * rules linkedom itself parses with). It counts the page against the limits (cli/page-limits.ts,
 * a hostile page is refused before any DOM), and it copies out only what Sina extraction reads
 * (cli/article-reads.ts): each element a keep selector may match, whole, as its source text;
 * the elements above them (the ancestors, the document element and its first child) as bare
 * start and end tags with their attributes. linkedom then parses that copy, a tenth of the page,
 * instead of the page: same elements, same ancestors, same order, so every selector extraction
 * runs answers the same (tests/cli/article-pass.test.ts checks the corpus and hostile shapes).
 *
 * The copy is given up (undefined: the caller parses the whole page) when the page has no article
 * root, or when a kept element's source text would not parse back the same: an element closed
 * implicitly (by a parent's end tag or a sibling's start; one left open at the end of the file is
 * fine), or an SVG/MathML context that differs at its start.
 */
import { Parser } from 'htmlparser2';
import { decodedAttrs, hasNonAscii, matchableAttrs, NotByteSafe, type ByteSource } from './byte-source';
import { keepCompounds, keepMatcher } from './keep-selector';
import { counter, type PassLimits } from './page-count';

export interface ArticlePass {
  /** The reduced page, or undefined when it cannot stand for the page (see above). */
  html: string | undefined;
  /** Elements of the whole page. */
  elements: number;
  /** Why there is no reduced page (for tests and --debug readers). */
  whole?: 'no article root' | 'implied end' | 'foreign context' | 'attribute name';
}

/**
 * `html` is the page's text, or with `src` its bytes as Latin-1 (cli/byte-source.ts): then the
 * kept source text is decoded from those bytes, and only it.
 */
export type ArticlePassFn = (html: string, src?: ByteSource) => ArticlePass;

// htmlparser2's foreign-context stack (Parser.js foreignContextElements, htmlIntegrationElements):
// inside it `<x/>` closes itself, so a kept element must start in the same context in both parses.
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

function openContext(stack: boolean[], name: string): void {
  if (FOREIGN.has(name)) stack.unshift(true);
  else if (INTEGRATION.has(name)) stack.unshift(false);
}

function closeContext(stack: boolean[], name: string): void {
  if (FOREIGN.has(name) || INTEGRATION.has(name)) stack.shift();
}

const sameContext = (a: readonly boolean[], b: readonly boolean[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Raw-text elements of htmlparser2's tokenizer (Tokenizer.js Sequences): written `<script>` they
 * hold only text, so one holding elements was written `<script/>` (the tokenizer then ends its raw
 * text; the parser, outside SVG, keeps it open) and is written back the same way.
 */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Attribute names the tokenizer reads back as the same name (it ends a name at these). */
const PLAIN_NAME = /^[^\s"'>/=]+$/;

/** `<name a="v">`, or undefined when an attribute name would not read back the same. */
function startTag(name: string, attrs: Record<string, string>): string | undefined {
  let s = '<' + name;
  for (const k of Object.keys(attrs)) {
    if (!PLAIN_NAME.test(k)) return undefined;
    s += ` ${k}="${attrs[k]!.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  }
  return s + (RAW_TEXT.has(name) ? '/>' : '>');
}

// A private field of htmlparser2 (pinned at 10.1.0 in package.json). Were it gone after an
// upgrade, every page would take the whole-page path, and tests/cli/article-pass.test.ts, which
// requires the short path on every Sina article of the corpus, would say so.
const contextOf = (parser: Parser): boolean[] => (parser as unknown as { foreignContext: boolean[] }).foreignContext;

export function createArticlePass(keep: readonly string[], roots: readonly string[], limits: PassLimits): ArticlePassFn {
  const isKept = keepMatcher(keepCompounds(keep));
  const isRoot = keepMatcher(keepCompounds(roots));
  return (html, src) => {
    const slice = src ? src.text : (start: number, end?: number): string => html.slice(start, end);
    const count = counter(limits);
    const { c } = count;
    const out: string[] = [];
    // Per depth of the open elements outside kept ones: name, attributes, written to `out` yet.
    const names: string[] = [];
    const attrsAt: Record<string, string>[] = [];
    const tagAt: number[] = []; // where each start tag begins and ends (its `<` and `>`), by depth ×2
    const written: boolean[] = [];
    let context = [false]; // the reduced page's foreign-context stack, as the parse of `out` will have it
    let exact = true;
    let whole: ArticlePass['whole'];
    const giveUp = (why: NonNullable<ArticlePass['whole']>): void => {
      exact = false;
      whole = why;
    };
    let sawRoot = false;
    let atEof = false;
    let keepDepth = -1;
    let keepStart = 0;
    let topSeen = false; // the document element (first top-level element) has opened
    let topOpen = false;
    let topChildSeen = false;

    const writeAncestors = (upTo: number): void => {
      for (let i = 1; i <= upTo && exact; i++) {
        if (written[i]) continue;
        const attrs = src ? decodedAttrs(src, attrsAt[i]!, tagAt[2 * i]!, tagAt[2 * i + 1]!) : attrsAt[i]!;
        const tag = startTag(names[i]!, attrs);
        if (tag === undefined) giveUp('attribute name');
        else out.push(tag);
        written[i] = true;
        openContext(context, names[i]!);
        // `<script/>` in SVG closes itself (Parser.js onselfclosingtag); `<title/>` never does.
        if (tag?.endsWith('/>') && context[0]) giveUp('foreign context');
      }
    };

    const parser = new Parser({
      onopentag(name, raw) {
        count.open(raw);
        if (src && hasNonAscii(name)) throw new NotByteSafe();
        if (sawRoot && (!exact || keepDepth >= 0)) return; // attributes unread: spare decoding them
        const attrs = src ? matchableAttrs(src, raw, parser.startIndex, parser.endIndex) : raw;
        const d = c.depth;
        if (!sawRoot && isRoot(name, attrs)) sawRoot = true;
        if (!exact || keepDepth >= 0) return;
        names[d] = name;
        attrsAt[d] = attrs;
        tagAt[2 * d] = parser.startIndex;
        tagAt[2 * d + 1] = parser.endIndex;
        written[d] = false;
        // documentElement and its first child (utils/dom.ts headOf) stay, whatever they hold.
        let structural = false;
        if (d === 1 && !topSeen) structural = topSeen = topOpen = true;
        else if (d === 2 && topOpen && !topChildSeen) structural = topChildSeen = true;
        if (isKept(name, attrs)) {
          writeAncestors(d - 1);
          const expected = [...context];
          openContext(expected, name);
          if (!sameContext(expected, contextOf(parser))) giveUp('foreign context');
          keepDepth = d;
          keepStart = parser.startIndex;
        } else if (structural) writeAncestors(d);
      },
      onclosetag(name, implied) {
        const d = c.depth;
        c.depth -= 1;
        if (d === 1) topOpen = false;
        if (!exact) return;
        if (keepDepth >= 0) {
          if (d !== keepDepth) return;
          keepDepth = -1;
          // Its own end tag; or a void element (or `<x/>` in SVG), closed within its start tag.
          if (!implied || parser.startIndex === keepStart) {
            out.push(slice(keepStart, parser.endIndex + 1));
            context = [...contextOf(parser)];
          } else if (atEof) out.push(slice(keepStart));
          else giveUp('implied end');
        } else if (written[d] && !atEof) {
          out.push(`</${name}>`);
          closeContext(context, name);
        }
      },
      oncomment: count.comment,
      ontext: count.text,
    }, { lowerCaseAttributeNames: false, decodeEntities: true });
    parser.write(html);
    atEof = true;
    parser.end();
    if (exact && sawRoot) return { html: out.join(''), elements: c.elements };
    return { html: undefined, elements: c.elements, whole: whole ?? 'no article root' };
  };
}
