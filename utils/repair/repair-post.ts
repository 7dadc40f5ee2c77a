/**
 * Repairs one archived post: a pure function from the post's text to the new text,
 * or the reason it was left alone. The caller reads and writes files.
 */
import { hasSinaMarkers, tidyWhitespace, unwrapBody, wrapBody } from './body';
import { BodyTooDeepError, cleanBody } from './clean-body';
import type { CleanedBody } from './clean-body';
import { getValue, readFrontMatter } from './front-matter';
import type { PostFrontMatter } from './front-matter';
import { fixFrontMatter, frontMatterRoundTrips } from './front-matter-fix';
import { joinPost, splitPost } from './post-file';
import type { RepairDeps, RepairOptions, RepairOutcome } from './types';

function mentionsSina(fm: PostFrontMatter): boolean {
  const cats = getValue(fm, 'categories');
  const list = Array.isArray(cats) ? cats : [cats];
  return list.some((c) => typeof c === 'string' && c.includes('新浪'));
}

/** Why a text is not a post of the archive's Sina shape, or null when it is. */
function notOurShape(text: string, fm: PostFrontMatter, inner: string | null): string | null {
  if (text.includes('\u0000')) return 'binary file, not a post';
  if (inner === null) return 'body is not a <div>-wrapped post';
  if (!mentionsSina(fm) && !hasSinaMarkers(inner)) return 'not a Sina post';
  return null;
}

export function repairPost(text: string, opts: RepairOptions, deps: RepairDeps): RepairOutcome {
  const parts = splitPost(text);
  if (!parts) return { status: 'skipped', reason: text.includes('\u0000') ? 'binary file, not a post' : 'no front matter' };
  const fm = readFrontMatter(parts.frontMatter);
  // CRLF posts: HTML parsers normalize line ends anyway; wrapBody writes the post's own back.
  const inner = unwrapBody(parts.body.replace(/\r\n?/g, '\n'));
  if (!fm) return { status: 'failed', reason: 'front matter cannot be read as YAML, even tolerantly' };
  const why = notOurShape(text, fm, inner);
  if (why || inner === null) return { status: 'skipped', reason: why ?? 'not a post' };

  let body: CleanedBody;
  try {
    body = cleanBody(inner, deps);
  } catch (err) {
    if (err instanceof BodyTooDeepError) return { status: 'failed', reason: err.message };
    throw err;
  }
  const changes: string[] = [];
  const bodyChanged = body.changed && body.html !== tidyWhitespace(inner);
  if (bodyChanged) changes.push(`body cleaned (${body.info.removed} junk nodes removed)`);
  const fixed = fixFrontMatter(fm, body, opts.add, changes);
  if (changes.length === 0) return { status: 'unchanged', reason: 'already clean' };
  if (!frontMatterRoundTrips(fixed.block, fixed.values)) {
    return { status: 'failed', reason: 'repaired front matter would not parse back to the same values' };
  }
  const newBody = bodyChanged ? wrapBody(body.html, parts.eol) : parts.body;
  return { status: 'repaired', content: joinPost({ ...parts, frontMatter: fixed.block, body: newBody }), changes };
}
