/**
 * File writing for both commands: new files never overwrite (a ` (2)` suffix is added instead),
 * replaced files are written atomically (temporary file in the same directory, then rename).
 * A write is done only when every byte is on disk: Linux answers a full disk with a SHORT count
 * (no error) first, so one writeSync can leave a cut file behind. A file that could not be written
 * whole is removed, and the error names it and says why (`disk full (ENOSPC)`).
 */
import { closeSync, existsSync, fchmodSync, fchownSync, fstatSync, fsync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileError } from './errors';

/**
 * mkdir -p that fails with the real cause: Node's recursive mkdir answers ENOENT on a read-only
 * file system, so the first missing level is made on its own once more to learn why.
 */
export function makeFolder(dir: string, verb = 'create the folder'): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    let first = dir;
    while (dirname(first) !== first && !existsSync(dirname(first))) first = dirname(first);
    try {
      mkdirSync(first);
    } catch (real) {
      throw fileError(verb, dir, real);
    }
    throw fileError(verb, dir, err);
  }
}

/** Writes all of `bytes` to `fd`; a write that makes no progress is a full disk. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    const n = writeSync(fd, bytes, off, bytes.length - off);
    if (n <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    off += n;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone, or the folder went away: nothing left to clean
  }
}

/** A file this run created and is filling: `file` on disk, reported as `shown` (its original, for a temp file). */
interface Open {
  shown: string;
  file: string;
  fd: number;
}

/** Closes and removes a file after `err`, and throws it as a write error of `shown`. */
function abandon(o: Open, err: unknown): never {
  try {
    closeSync(o.fd);
  } catch {
    // the descriptor went with the error: the file is removed all the same
  }
  removeQuietly(o.file);
  throw fileError('write', o.shown, err);
}

/** Closes a file written whole; a close that fails removes it. */
function close(o: Open): void {
  try {
    closeSync(o.fd); // NFS and some FUSE disks report a full disk only here
  } catch (err) {
    removeQuietly(o.file);
    throw fileError('write', o.shown, err);
  }
}

/**
 * Writes `bytes` to `fd` (open on `path`, which this call created) and closes it; on any failure the
 * partial file is removed and a CliError naming `shown` is thrown.
 */
function fillAndClose(fd: number, path: string, bytes: Uint8Array, shown: string): void {
  const o = { shown, file: path, fd };
  try {
    writeAll(fd, bytes);
  } catch (err) {
    abandon(o, err);
  }
  close(o);
}

/** Creates `path` (never over an existing file) holding `content`: whole, or not at all. */
export function writeExclusive(path: string, content: string | Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    throw fileError('create', path, err);
  }
  fillAndClose(fd, path, typeof content === 'string' ? Buffer.from(content) : content, path);
}

/** Writes `content` to `dir/name`, or `dir/name (2).ext`… if taken; returns the path written. */
export function writeNewFile(dir: string, name: string, content: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const bytes = Buffer.from(content);
  for (let n = 1; n < 10000; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    let fd: number;
    try {
      fd = openSync(candidate, 'wx'); // fails if it exists: no race between check and write
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw fileError('create', candidate, err);
    }
    fillAndClose(fd, candidate, bytes, candidate);
    return candidate;
  }
  throw new Error(`too many files named ${name} in ${dir}`);
}

/** The original's mode, and its owner when we may set it (root); run on the temp file's descriptor. */
function keepModeAndOwner(fd: number, original: { mode: number; uid: number; gid: number }): void {
  fchmodSync(fd, original.mode & 0o7777);
  const mine = fstatSync(fd);
  if (process.getuid?.() === 0 && (mine.uid !== original.uid || mine.gid !== original.gid)) fchownSync(fd, original.uid, original.gid);
}

/** The temp file of a replacement, written whole with the original's mode (and owner, as root), not yet flushed. */
function stage(path: string, content: string): Open {
  const original = statSync(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o600);
  } catch (err) {
    throw fileError('write a temporary file beside', path, err);
  }
  const o = { shown: path, file: tmp, fd };
  try {
    writeAll(fd, Buffer.from(content));
    keepModeAndOwner(fd, original);
  } catch (err) {
    abandon(o, err);
  }
  return o;
}

const fsyncLater = promisify(fsync);

/**
 * Replaces `path` atomically: a hidden temp file beside it (Hexo ignores dot files), written whole,
 * given the original's mode (and owner, as root), flushed to disk, then renamed over the original.
 * A reader sees the old post or the new one, never half of one; after a crash the rename cannot
 * point at data that never reached the disk (ext4 without auto_da_alloc, XFS). On any failure the
 * original is untouched and the temp file removed; the promise is then rejected with a CliError.
 *
 * The file is written before this returns; only the flush is waited for (in libuv's thread pool),
 * because the flush is most of a write's time: 5.8 ms against 0.19 ms per 8 KB file written on an
 * idle ext4, up to half a repair's wall time. Several flushes in flight share the file system's
 * journal commits (cli/repair-writes.ts keeps a few going); a no-op rerun writes nothing.
 */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const o = stage(path, content);
  try {
    await fsyncLater(o.fd);
  } catch (err) {
    abandon(o, err);
  }
  close(o);
  try {
    renameSync(o.file, path);
  } catch (err) {
    removeQuietly(o.file);
    throw fileError('replace', path, err);
  }
}
