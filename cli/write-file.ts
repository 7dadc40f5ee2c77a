/**
 * File writing for both commands: new files never overwrite (a ` (2)` suffix is added instead),
 * replaced files are written atomically (temporary file in the same directory, then rename).
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes `content` to `dir/name`, or `dir/name (2).ext`… if taken; returns the path written. */
export function writeNewFile(dir: string, name: string, content: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10000; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    let fd: number;
    try {
      fd = openSync(candidate, 'wx'); // fails if it exists: no race between check and write
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return candidate;
  }
  throw new Error(`too many files named ${name} in ${dir}`);
}

/**
 * Replaces `path` atomically: a hidden temp file beside it (Hexo ignores dot files), then rename,
 * so a reader sees the old post or the new one, never half of one. No fsync per file: it cost
 * ~4 ms a post (over half the repair time, scripts/bench-repair.ts) and the original is in the backup.
 */
export function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, content);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  try {
    chmodSync(tmp, statSync(path).mode & 0o7777);
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw err;
  }
}
