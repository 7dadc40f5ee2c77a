/**
 * Expands command-line inputs (files, directories, `-` for stdin) to the list of files to process.
 * Directories are walked recursively in sorted order; hidden entries and node_modules are skipped.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from './errors';

export interface InputFile {
  /** Path as given or found ('-' for stdin). */
  path: string;
  /** The directory argument it was found under, if any (for backups and relative names). */
  root?: string;
}

/**
 * Paths under `dir` (sorted, recursive; hidden entries and node_modules skipped) of the entries that
 * `take` accepts and whose names end in one of `exts`: regular files here, symbolic links for
 * cli/repair-links.ts.
 */
export function walk(dir: string, exts: readonly string[], out: string[], take: (e: Dirent) => boolean = (e) => e.isFile()): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, exts, out, take);
    else if (take(e) && exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(full);
  }
}

/** Files named on the command line are taken whatever their extension; directories are filtered by `exts`. */
export function expandInputs(args: readonly string[], exts: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-' });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      throw new CliError(`cannot read ${arg}: no such file or directory`);
    }
    const found: string[] = [];
    if (isDir) walk(arg, exts, found);
    else found.push(arg);
    for (const f of found) {
      const key = resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(isDir ? { path: f, root: arg } : { path: f });
    }
  }
  return files;
}

export const PAGE_EXTENSIONS = ['.html', '.htm', '.shtml', '.xhtml'] as const;
export const POST_EXTENSIONS = ['.md', '.markdown'] as const;
