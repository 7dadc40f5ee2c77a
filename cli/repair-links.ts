/**
 * Symbolic links among the posts of `sina-clean repair`. A rename over a link would replace the
 * link with a regular file, so: links met while walking a folder are not followed and are reported
 * as skipped; a link named on the command line is repaired THROUGH to its target when the target
 * lies inside the folder being repaired (the link's own folder, or a folder argument), else refused.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { isInside } from './backup';
import { describeError, oneLine } from './errors';
import { walk, type InputFile } from './inputs';

export interface LinkPlan {
  /** The files to repair (links refused or met in folders left out). */
  posts: InputFile[];
  /** For a named link: the real file its repaired text is written to. */
  writeTo: Map<InputFile, string>;
  /** Links not repaired, in the order found, with the reason. */
  skipped: { path: string; reason: string }[];
}

const IN_FOLDER = 'symbolic link, not followed inside a folder (name the link itself to repair its target)';

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Where a named link may be written through to, or why it may not. */
function namedLink(file: InputFile, dirs: readonly string[]): { target: string } | { reason: string } {
  let target: string;
  try {
    target = realpathSync(file.path);
  } catch (err) {
    return { reason: `symbolic link that cannot be followed: ${describeError(err)}` };
  }
  const folders = [dirname(file.path), ...dirs].map(realOr);
  if (folders.some((f) => isInside(target, f))) return { target };
  return { reason: `symbolic link to ${oneLine(target, 300)}, outside the folder being repaired: refused (repair the target itself)` };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function planLinks(files: readonly InputFile[], dirs: readonly string[], exts: readonly string[]): LinkPlan {
  const plan: LinkPlan = { posts: [], writeTo: new Map(), skipped: [] };
  const found: string[] = [];
  for (const dir of dirs) walk(dir, exts, found, (e) => e.isSymbolicLink());
  for (const path of found) plan.skipped.push({ path, reason: IN_FOLDER });
  for (const file of files) {
    if (file.path === '-' || file.root !== undefined || !isLink(file.path)) {
      plan.posts.push(file);
      continue;
    }
    const named = namedLink(file, dirs);
    if ('reason' in named) plan.skipped.push({ path: file.path, reason: named.reason });
    else {
      plan.posts.push(file);
      plan.writeTo.set(file, named.target);
    }
  }
  return plan;
}
