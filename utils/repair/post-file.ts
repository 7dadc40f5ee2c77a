/**
 * Splits a Hexo post into its front matter block and body, and puts it back together.
 * The archive's posts start with an empty line, then `---` (see ../shared/seed/seed-post.md);
 * whatever precedes the opening fence is kept as it was.
 */

export interface PostParts {
  /** Text before the opening `---` (the archive's leading newline, maybe a BOM). */
  lead: string;
  /** Front matter lines without the fences, joined with '\n'. */
  frontMatter: string;
  /** Everything after the closing fence's line break. */
  body: string;
  /** Line ending of the fences ('\n' or '\r\n'). */
  eol: string;
}

const OPEN = /^(\uFEFF?(?:[ \t]*\r?\n)*)---[ \t]*(\r?\n)/;

export function splitPost(text: string): PostParts | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const lead = open[1] ?? '';
  const eol = open[2] ?? '\n';
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return null;
  const frontMatter = rest.slice(0, close.index).replace(/\r?\n$/, '').replace(/\r\n/g, '\n');
  return { lead, frontMatter, body: rest.slice(close.index + close[0].length), eol };
}

export function joinPost(parts: PostParts): string {
  const fm = parts.frontMatter.replace(/\n/g, parts.eol);
  return `${parts.lead}---${parts.eol}${fm}${parts.eol}---${parts.eol}${parts.body}`;
}
