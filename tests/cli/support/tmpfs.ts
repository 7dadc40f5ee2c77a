/**
 * Small tmpfs mounts for the full-disk and read-only tests: a real kernel answering a real
 * `write` with a short count and then ENOSPC, or EROFS. Mounting needs root (CAP_SYS_ADMIN);
 * elsewhere the tests are skipped with ONE printed reason, except on CI (CI=true runs as root):
 * there an inability to mount fails the tests instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const BLOCK = 4096;
const onCi = (): boolean => !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

function mount(dir: string, options: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
}

function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}

/** Why tmpfs cannot be mounted here, or undefined when it can (tried once, at collection). */
function probe(): string | undefined {
  if (process.platform !== 'linux') return `tmpfs is Linux only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (run as root, as CI does)';
  const dir = mkdtempSync(path.join(tmpdir(), 'sina-clean-probe-'));
  try {
    mount(dir, 'size=64k');
    unmount(dir);
    return undefined;
  } catch (err) {
    return `mount -t tmpfs failed (no mount permission in this container?): ${String((err as { stderr?: unknown }).stderr ?? err).trim()}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface TinyDisks {
  /** Why the tests are skipped (undefined: they run). */
  skip?: string;
  /** A fresh tmpfs of `kib` KiB (read-only with ro=true), unmounted in afterAll. */
  mount(kib: number, ro?: boolean): string;
}

/** Call at module level: probes once, prints the reason once when skipping, unmounts everything after. */
export function tinyDisks(): TinyDisks {
  const reason = probe();
  const mounted: string[] = [];
  if (reason && !onCi()) console.warn(`full-disk / read-only tests skipped: ${reason}`);
  beforeAll(() => {
    if (reason && onCi()) throw new Error(`CI must run the full-disk tests, but: ${reason}`);
  });
  afterAll(() => {
    for (const dir of mounted.reverse()) {
      try {
        unmount(dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
  return {
    skip: reason && !onCi() ? reason : undefined,
    mount(kib, ro = false) {
      const dir = mkdtempSync(path.join(tmpdir(), 'sina-clean-disk-'));
      mount(dir, `size=${kib}k${ro ? ',ro' : ''}`);
      mounted.push(dir);
      return dir;
    },
  };
}

/** Makes a mounted tmpfs read-only, files and all (`mount -o remount,ro`). */
export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
}

/** Free bytes on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/** Fills the disk of `dir` until exactly `bytes` (rounded down to whole blocks) stay free. */
export function leaveFree(dir: string, bytes: number): void {
  const fill = freeBytes(dir) - Math.floor(bytes / BLOCK) * BLOCK;
  if (fill < 0) throw new Error(`only ${freeBytes(dir)} bytes free on ${dir}, wanted ${bytes}`);
  writeFileSync(path.join(dir, `.filler-${Date.now()}`), Buffer.alloc(fill));
}

/** Blocks a file of `bytes` takes on tmpfs, in bytes. */
export function blocks(bytes: number): number {
  return Math.ceil(bytes / BLOCK) * BLOCK;
}
