/**
 * A full disk: on Linux a write to a full disk first returns a SHORT
 * count without an error, then ENOSPC. Nothing cut short may remain, an original post is never
 * replaced by a cut copy, and the file is reported as failed (exit 1). Real tmpfs mounts
 * (tests/cli/support/tmpfs.ts); the posts and pages are the real corpus.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { cliWorkspace, hasStackTrace, PAGES, POSTS, runCli } from './support/cli';
import { blocks, leaveFree, tinyDisks } from './support/tmpfs';

const ws = cliWorkspace();
const disks = tinyDisks();
const PAGE = path.join(PAGES, 'gne-finance-usstock-2019-09-09-iicezzrq4681677.html');
const POST = 'sina-baojiaolou-2022-09-no-keyword-comment-kaihu.md';
const MANY = ['sina-0.md', 'sina-100-methods-apology.md', POST, 'sina-catl-jinqilin-blockquote-kaihu.md', 'sina-economy-q1-blockquote-captions-kaihu.md'];

/** What `repair --no-backup` makes of `names` on a roomy disk. */
function repairedOnRoomyDisk(names: string[]): Map<string, Buffer> {
  const dir = path.join(ws.dir, `roomy-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  for (const n of names) copyFileSync(path.join(POSTS, n), path.join(dir, n));
  expect(runCli(['repair', dir, '--no-backup']).code).toBe(0);
  return new Map(names.map((n) => [n, readFileSync(path.join(dir, n))]));
}

/** A tmpfs holding `names` in a posts/ folder (writable copies), filled to `free` bytes left. */
function postsOnDisk(names: string[], kib: number, free: (sizes: number[]) => number): string {
  const disk = disks.mount(kib);
  const dir = path.join(disk, 'posts');
  mkdirSync(dir);
  for (const n of names) {
    copyFileSync(path.join(POSTS, n), path.join(dir, n));
  }
  leaveFree(disk, free(names.map((n) => statSync(path.join(POSTS, n)).size)));
  return dir;
}

function expectNoTemp(dir: string): void {
  expect(readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('.tmp'))).toEqual([]);
}

// The disk sizes are worked out from real pages and posts, so the group needs the corpus.
(disks.skip === undefined ? describeCorpus : describe.skip)('a full disk', () => {
  it('--out: a page that does not fit → no cut file, "disk full" naming the file, exit 1', () => {
    const disk = disks.mount(64);
    const out = path.join(disk, 'out');
    mkdirSync(out);
    leaveFree(disk, 4096);
    const r = runCli([PAGE, '--out', out]);
    expect(readdirSync(out)).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write \S*out\/\S+\.md: disk full \(ENOSPC\)/);
    expect(r.stderr).toContain('0 of 1 pages written');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('--out --jobs 2: every file left is whole, the others are reported, exit 1', () => {
    const pages = readdirSync(PAGES).filter((f) => /^(gne|magichtml)-.*\.html$/.test(f)).slice(0, 6).map((f) => path.join(PAGES, f));
    const roomy = path.join(ws.dir, 'roomy-out');
    expect(runCli([...pages, '--out', roomy, '--jobs', '2']).code).toBe(0);
    const whole = new Map(readdirSync(roomy).map((f) => [f, readFileSync(path.join(roomy, f), 'utf8')]));
    const disk = disks.mount(64);
    const out = path.join(disk, 'out');
    mkdirSync(out);
    const sizes = [...whole.values()].map((t) => blocks(Buffer.byteLength(t))).sort((a, b) => a - b);
    leaveFree(disk, sizes[0]! + sizes[1]!); // room for two of the smallest, not for all
    const r = runCli([...pages, '--out', out, '--jobs', '2']);
    const left = readdirSync(out);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(pages.length);
    for (const f of left) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(whole.get(f));
    expect(r.code).toBe(1);
    expect(r.stderr.match(/disk full \(ENOSPC\)/g)).toHaveLength(pages.length - left.length);
    expect(r.stderr).toContain(`${left.length} of ${pages.length} pages written`);
  }, 120000);

  it('repair --no-backup: the repaired text does not fit → the post is untouched, no temp file, exit 1', () => {
    const dir = postsOnDisk([POST], 64, () => 4096);
    const before = readFileSync(path.join(dir, POST));
    const r = runCli(['repair', dir, '--no-backup']);
    expect(readFileSync(path.join(dir, POST))).toEqual(before);
    expectNoTemp(dir);
    expect(r.stdout).toMatch(new RegExp(`failed +\\S*${POST}: not written: disk full \\(ENOSPC\\); the post is unchanged`));
    expect(r.stdout).toContain('repaired 0, unchanged 0, skipped 0, failed 1');
    expect(r.code).toBe(1);
  });

  it('repair with a backup on the same disk: backup fits, repaired text does not → post untouched, backup removed', () => {
    const repaired = repairedOnRoomyDisk([POST]).get(POST)!;
    const dir = postsOnDisk([POST], 128, ([orig]) => blocks(orig!) + blocks(repaired.length) - 4096);
    const before = readFileSync(path.join(dir, POST));
    const r = runCli(['repair', dir]);
    expect(readFileSync(path.join(dir, POST))).toEqual(before);
    expectNoTemp(dir);
    expect(r.stdout).toMatch(/failed .*disk full \(ENOSPC\); the post is unchanged/);
    const backups = readdirSync(path.dirname(dir)).filter((d) => d.includes('.sina-clean-backup-'));
    for (const b of backups) expect(readdirSync(path.join(path.dirname(dir), b))).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('repair: a backup that does not fit stops that post, and no partial backup is left', () => {
    const dir = postsOnDisk([POST], 64, () => 4096);
    const before = readFileSync(path.join(dir, POST));
    const r = runCli(['repair', dir]);
    expect(readFileSync(path.join(dir, POST))).toEqual(before);
    expect(r.stdout).toMatch(/failed +\S+: no backup could be made in \S+\.sina-clean-backup-\S+: disk full \(ENOSPC\); the post is unchanged/);
    const backups = readdirSync(path.dirname(dir)).filter((d) => d.includes('.sina-clean-backup-'));
    for (const b of backups) expect(readdirSync(path.join(path.dirname(dir), b))).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('repair: room for one repaired post at a time is enough, though several are written at once', () => {
    const copies = Array.from({ length: 12 }, (_, i) => `copy-${i}.md`);
    const repaired = repairedOnRoomyDisk([POST]).get(POST)!;
    const original = statSync(path.join(POSTS, POST)).size;
    expect(blocks(repaired.length)).toBeLessThanOrEqual(blocks(original)); // each rename frees what the next needs
    const disk = disks.mount(512);
    const dir = path.join(disk, 'posts');
    mkdirSync(dir);
    for (const n of copies) copyFileSync(path.join(POSTS, POST), path.join(dir, n));
    leaveFree(disk, blocks(repaired.length) + 4096);
    const r = runCli(['repair', dir, '--no-backup']);
    expect(r.stdout).toContain(`repaired ${copies.length}, unchanged 0, skipped 0, failed 0`);
    for (const n of copies) expect(readFileSync(path.join(dir, n)).equals(repaired), n).toBe(true);
    expectNoTemp(dir);
    expect(r.code).toBe(0);
  }, 120000);

  it('repair --jobs 2 over several posts on a nearly full disk: each post is its original or its whole repair', () => {
    const expected = repairedOnRoomyDisk(MANY);
    const dir = postsOnDisk(MANY, 256, () => 8192);
    const originals = new Map(MANY.map((n) => [n, readFileSync(path.join(dir, n))]));
    const r = runCli(['repair', dir, '--no-backup', '--jobs', '2']);
    let failed = 0;
    for (const n of MANY) {
      const now = readFileSync(path.join(dir, n));
      if (now.equals(originals.get(n)!)) failed++;
      else expect(now.equals(expected.get(n)!), n).toBe(true);
    }
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(MANY.length);
    expect(r.stdout.match(/^failed .*: not written: disk full \(ENOSPC\); the post is unchanged$/gm)).toHaveLength(failed);
    expect(r.stdout).toContain(`  failed: not written: disk full (ENOSPC); the post is unchanged (${failed})`);
    expectNoTemp(dir);
    expect(r.code).toBe(1);
  }, 120000);
});
