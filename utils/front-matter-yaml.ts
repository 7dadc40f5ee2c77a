/**
 * The one YAML writing rule for front matter: the export's new posts (utils/export/front-matter.ts)
 * and the entries a repair re-writes in an archived post (utils/repair/front-matter.ts) go through
 * it, so a repaired entry reads exactly like the same entry of a freshly saved post.
 *
 * Quoting: Hexo reads front matter with js-yaml (YAML 1.1 rules: `yes`, `No`, `2022-07-25` are
 * booleans/dates there) while `yaml` defaults to YAML 1.2 (`0o17` is a number there). A string is
 * quoted when EITHER version would read its plain form as something else, so `yaml` (1.1 or 1.2)
 * and js-yaml all give back the same string; every other string is plain, as the seed's
 * `author: 新浪财经` is. `title`, `headimg` and `thumbnail` are single-quoted like the seed
 * (../shared/seed/seed-post.md in the workplace; tests/fixtures hold posts of the same shape), and
 * yaml falls back to double quotes when a value cannot be single-quoted. Block lists are indented
 * one space like the seed's `categories`; lines are never folded.
 */
import { Document, isPair, isScalar, stringify, visit } from 'yaml';

/** Keys written in single quotes like the seed's. */
const SEED_QUOTED = new Set(['title', 'headimg', 'thumbnail']);

/** Would a YAML 1.1 or 1.2 reader take this string, written plain, for something else? */
function needsQuotes(value: string): boolean {
  const plain12 = stringify(value, { lineWidth: 0 });
  const plain11 = stringify(value, { version: '1.1', lineWidth: 0 });
  const quoted = (s: string) => /^["']/.test(s);
  return quoted(plain12) || quoted(plain11);
}

/**
 * The entries' YAML without the `---` fences, one `key: value` per entry in the given order.
 * Values are usually strings, booleans and lists of strings; anything else (a mapping written out
 * by a repair) keeps yaml's own form, with its strings quoted by the same rule.
 */
export function stringifyFrontMatterEntries(entries: Record<string, unknown>): string {
  const doc = new Document(entries);
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      // [document, mapping, pair]: the value of a top-level entry, not a list item or a nested value.
      const pair = path.length === 3 ? path[2] : undefined;
      const name = isPair(pair) && isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof name === 'string' && SEED_QUOTED.has(name)) node.type = 'QUOTE_SINGLE';
      else if (needsQuotes(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ indent: 1, lineWidth: 0, minContentWidth: 0 });
}
