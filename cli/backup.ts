/**
 * Backups of repaired posts, kept OUTSIDE the folder being repaired so Hexo does not publish them:
 * by default a sibling `<dir>.sina-clean-backup-<timestamp>/`, or under --backup-dir.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CliError, fileError } from './errors';
import type { InputFile } from './inputs';
import { makeFolder, writeExclusive } from './write-file';

/** `20261129T084500Z`: sortable, and legal in file names everywhere. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

export class Backup {
  private readonly made = new Set<string>();
  private readonly used = new Set<string>();

  constructor(
    private readonly stamp: string,
    private readonly backupDir?: string,
  ) {}

  /** Refuses backups inside a folder being repaired (Hexo would publish the copies), e.g. `repair /`. */
  check(inputs: readonly InputFile[], dirs: readonly string[]): void {
    for (const file of inputs) {
      const base = this.base(resolve(file.root ?? dirname(file.path)));
      const inside = dirs.find((dir) => isInside(base, dir));
      if (inside !== undefined) throw new CliError(`the backup folder ${base} would be inside ${inside}; give --backup-dir outside the folder being repaired`);
    }
  }

  private base(root: string): string {
    return this.backupDir ? join(resolve(this.backupDir), basename(root)) : `${root}.sina-clean-backup-${this.stamp}`;
  }

  /** The backup folder of `file` (one per folder repaired). */
  folderOf(file: InputFile): string {
    return this.base(resolve(file.root ?? dirname(file.path)));
  }

  /** Where the copy of `file` goes. */
  target(file: InputFile): string {
    const root = resolve(file.root ?? dirname(file.path));
    return join(this.base(root), relative(root, resolve(file.path)));
  }

  /**
   * Copies the original (read from `source`: the post, or the target of a named link) before it is
   * replaced; never overwrites an earlier copy. A copy that could not be written whole (a full disk)
   * is removed and throws: the post must then not be replaced.
   */
  save(file: InputFile, source = file.path): string {
    const dest = this.target(file);
    const dir = dirname(dest);
    if (!this.made.has(dir)) {
      makeFolder(dir, 'create the backup folder');
      this.made.add(dir);
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(source);
    } catch (err) {
      throw fileError('read', source, err);
    }
    writeExclusive(dest, bytes);
    this.used.add(this.base(resolve(file.root ?? dirname(file.path))));
    return dest;
  }

  /** Removes a copy whose post could not be replaced after all (the post is still the original). */
  discard(dest: string): void {
    try {
      unlinkSync(dest);
    } catch {
      // nothing to free
    }
  }

  /** The backup folders written to (for the final report). */
  roots(): string[] {
    return [...this.used];
  }
}
