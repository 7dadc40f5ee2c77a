/**
 * Every failure names the file and says the cause in words (the system code may follow in
 * brackets, never alone): cli/errors.ts. Real errors from real file systems: missing files, a file
 * in the way, a read-only tmpfs, a folder we may not write (as `nobody` when the tests run as root).
 */
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { causeOf, describeError, messageOf } from '../../cli/errors';
import { cliWorkspace, FIXTURES, hasStackTrace, runCli } from './support/cli';
import { remountReadOnly, tinyDisks } from './support/tmpfs';

const ws = cliWorkspace();
const disks = tinyDisks();
// A Sina page and an RSS-made post of our own (tests/fixtures), so these checks run without the corpus too.
const PAGE = path.join(FIXTURES, 'core/desktop-junk/source.html');
const POSTS = path.join(FIXTURES, 'repair');
const POST = 'rss-post.md';
const RAW_CODE = /(^|[\s:])E[A-Z]{2,}[:,]|\bE[A-Z]{2,}(?!\))\b/;
const root = process.getuid?.() === 0;
/** Someone who may not write the test's folders: `nobody` when we are root, else ourselves. */
const other = root ? { uid: 65534, gid: 65534 } : {};

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

function oneLine(r: { code: number | null; stderr: string; stdout: string }): string {
  expect(r.code).toBe(1);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  return r.stderr.trim();
}

function postsDir(name: string): string {
  const dir = path.join(ws.dir, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(POSTS, POST), path.join(dir, POST));
  chmodSync(path.join(dir, POST), 0o644);
  return dir;
}

describe('system errors in words (cli/errors.ts, on real errors)', () => {
  it.each([
    ['ENOENT', () => readFileSync('/no/such/file.md'), 'cannot open /no/such/file.md: no such file or directory (ENOENT)'],
    ['ENOTDIR', () => mkdirSync('/etc/hostname/sub'), 'cannot create the folder /etc/hostname/sub: a part of the path is not a directory (ENOTDIR)'],
    ['EEXIST', () => mkdirSync('/etc'), 'cannot create the folder /etc: a file of that name is in the way (EEXIST)'],
    ['EISDIR', () => readFileSync('/etc'), 'is a directory (EISDIR)'],
  ])('%s', (code, f, text) => {
    const err = thrown(f);
    expect(describeError(err)).toBe(text);
    expect(causeOf(err)).toMatch(new RegExp(`^[a-z][a-z -/()]+ \\(${code}\\)$`));
    expect(messageOf(err)).not.toMatch(/^E[A-Z]+:/);
  });
});

describe('the command line says which file and why, in one line', () => {
  it.each([
    [['--bogus', 'x.html'], 'sina-clean: unknown option --bogus (see sina-clean --help)'],
    [['-x', 'x.html'], 'sina-clean: unknown option -x (see sina-clean --help)'],
    [['repair', '--bogus', '.'], 'sina-clean: unknown option --bogus for repair (see sina-clean --help)'],
    [['x.html', '--format'], 'sina-clean: option --format needs a value (see sina-clean --help)'],
    [['x.html', '--json=yes'], 'sina-clean: option --json takes no value (see sina-clean --help)'],
  ])('%j', (args, line) => {
    const r = runCli(args);
    expect(oneLine(r)).toBe(line);
    expect(r.stdout).toBe('');
  });

  it('a missing input', () => {
    expect(oneLine(runCli([path.join(ws.dir, 'nope.html')]))).toBe(`sina-clean: cannot read ${path.join(ws.dir, 'nope.html')}: no such file or directory`);
  });

  it('--out on a file, or under one', () => {
    const file = path.join(ws.dir, 'a-file');
    writeFileSync(file, 'x');
    expect(oneLine(runCli([PAGE, '--out', file]))).toBe(`sina-clean: cannot create the folder ${file}: a file of that name is in the way (EEXIST)`);
    expect(oneLine(runCli([PAGE, '--out', path.join(file, 'out')]))).toBe(
      `sina-clean: cannot create the folder ${path.join(file, 'out')}: a part of the path is not a directory (ENOTDIR)`,
    );
  });

  it('repair --backup-dir under a file: the post fails with the backup folder named, and stays as it was', () => {
    const dir = postsDir('posts-bad-backup');
    const file = path.join(ws.dir, 'in-the-way');
    writeFileSync(file, 'x');
    const before = readFileSync(path.join(dir, POST));
    const r = runCli(['repair', dir, '--backup-dir', file]);
    expect(r.stdout).toContain(`failed   ${path.join(dir, POST)}: no backup could be made in ${path.join(file, 'posts-bad-backup')}: a part of the path is not a directory (ENOTDIR); the post is unchanged`);
    expect(readFileSync(path.join(dir, POST))).toEqual(before);
    expect(r.code).toBe(1);
  });

  it('permission denied: a folder we may not write, a post we may not read', () => {
    chmodSync(ws.dir, 0o755);
    const out = path.join(ws.dir, 'locked-out');
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const r = runCli([PAGE, '--out', out], other);
    expect(r.stderr).toMatch(new RegExp(`^error: ${PAGE}: cannot create ${out}/\\S+\\.md: permission denied \\(EACCES\\)$`, 'm'));
    expect(r.code).toBe(1);
    const dir = postsDir('posts-locked');
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, POST), 0);
    const p = runCli(['repair', dir, '--no-backup'], other);
    expect(p.stdout).toContain(`failed   ${path.join(dir, POST)}: cannot open ${path.join(dir, POST)}: permission denied (EACCES)`);
    expect(p.code).toBe(1);
  });

  describe.skipIf(disks.skip !== undefined)('a read-only file system (tmpfs mounted ro)', () => {
    it('--out into it', () => {
      const disk = disks.mount(64, true);
      const r = runCli([PAGE, '--out', disk]);
      expect(r.stderr).toMatch(new RegExp(`^error: ${PAGE}: cannot create ${disk}/\\S+\\.md: read-only file system \\(EROFS\\)$`, 'm'));
      expect(r.stderr).not.toMatch(RAW_CODE);
      expect(r.code).toBe(1);
    });

    it('repair in it: backup beside it refused, backup elsewhere discarded; posts unchanged', () => {
      const disk = disks.mount(64);
      const dir = path.join(disk, 'posts');
      mkdirSync(dir);
      copyFileSync(path.join(POSTS, POST), path.join(dir, POST));
      const before = readFileSync(path.join(dir, POST));
      remountReadOnly(disk);
      const beside = runCli(['repair', dir]);
      expect(beside.stdout).toMatch(/failed .*: no backup could be made in \S+: read-only file system \(EROFS\); the post is unchanged/);
      const bak = path.join(ws.dir, 'ro-bak');
      const elsewhere = runCli(['repair', dir, '--backup-dir', bak]);
      expect(elsewhere.stdout).toContain(`failed   ${path.join(dir, POST)}: not written: read-only file system (EROFS); the post is unchanged`);
      expect(readdirSync(path.join(bak, 'posts'))).toEqual([]);
      expect(readFileSync(path.join(dir, POST))).toEqual(before);
      for (const r of [beside, elsewhere]) {
        expect(r.code).toBe(1);
        expect(r.stdout.replace(/\(E[A-Z]+\)/g, '')).not.toMatch(RAW_CODE);
      }
    });
  });
});
