/**
 * Reading an input without trusting it: at most `max + 1` bytes are ever read (so the caller can
 * tell "over the limit" from "exactly at it"), in chunks, whatever the input is. `stat().size` is
 * no bound: it is 0 for /dev/zero, FIFOs and sockets, and a file can grow while it is read.
 * Only regular files are opened: opening a FIFO for reading blocks until a writer comes, so the
 * type is checked before opening, and the open itself is non-blocking in case the path was
 * swapped for a FIFO in between (the descriptor is checked again with fstat).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { CliError, messageOf } from './errors';

const CHUNK = 64 * 1024;

/** What a path is when it is not a regular file, in words for a one-line refusal. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Blocks the thread briefly: a non-blocking stdin said "nothing yet" (EAGAIN). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Up to `max + 1` bytes of `fd`, read until end of input or past `max`. */
export function readAtMost(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= max) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      pause(10);
      continue;
    }
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** Stdin, bounded like a file: whatever is behind it (a pipe, a file, /dev/zero, a terminal). */
export function readStdin(max: number): Buffer {
  try {
    const st = fstatSync(0);
    if (st.isDirectory()) throw new CliError('cannot read stdin: it is a directory, not a saved page');
    return readAtMost(0, max);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read stdin: ${messageOf(err)}`);
  }
}

function notRegular(path: string, st: Stats): CliError {
  return new CliError(`cannot read ${path}: it is ${fileKind(st)}, not a saved page (only regular files and - for stdin are read)`);
}

/** A regular file's first `max + 1` bytes at most; anything else is refused without blocking. */
export function readRegularFile(path: string, max: number): Buffer {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : messageOf(err)}`);
  }
  if (!st.isFile()) throw notRegular(path, st);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${messageOf(err)}`);
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw notRegular(path, now);
    return readAtMost(fd, max);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${path}: ${messageOf(err)}`);
  } finally {
    closeSync(fd);
  }
}
