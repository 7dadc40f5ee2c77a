/**
 * Backups of repaired posts, kept OUTSIDE the folder being repaired so Hexo does not publish them:
 * by default a sibling `<dir>.sina-clean-backup-<timestamp>/`, or under --backup-dir.
 */
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CliError } from './errors';
import type { InputFile } from './inputs';

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

  /** Where the copy of `file` goes. */
  target(file: InputFile): string {
    const root = resolve(file.root ?? dirname(file.path));
    return join(this.base(root), relative(root, resolve(file.path)));
  }

  /** Copies the original before it is replaced; never overwrites an earlier copy. */
  save(file: InputFile): string {
    const root = resolve(file.root ?? dirname(file.path));
    this.used.add(this.base(root));
    const dest = this.target(file);
    const dir = dirname(dest);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    copyFileSync(file.path, dest, constants.COPYFILE_EXCL);
    return dest;
  }

  /** The backup folders written to (for the final report). */
  roots(): string[] {
    return [...this.used];
  }
}
