/**
 * `--jobs N` (worker threads) gives the same run as `--jobs 1` (the in-process loop): same files
 * with the same bytes and names, same stdout, same stderr, same exit code, on copies of the whole
 * corpus with broken files in the middle, and with two pages whose posts want the same file name
 * (which one gets `name (2).md` depends only on the input order). Bad values are refused.
 */
import { copyFileSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCorpus, itCorpus } from '../support/corpus';
import { cliWorkspace, hasStackTrace, PAGES, POSTS, removeTemp, runCli, tempCopy } from './support/cli';
import type { CliRun } from './support/cli';

const ws = cliWorkspace();

/** A writable copy of `src` at `ws.dir/name`. */
function copyInto(src: string, name: string, filter?: (file: string) => boolean): string {
  const tmp = tempCopy(src, filter);
  const dest = path.join(ws.dir, name);
  renameSync(tmp, dest);
  removeTemp(path.dirname(tmp));
  return dest;
}

/** Every file under `dir` (relative name → bytes), for an exact comparison of two trees. */
function tree(dir: string, base = dir, out: Record<string, Buffer> = {}): Record<string, Buffer> {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) tree(full, base, out);
    else out[path.relative(base, full)] = readFileSync(full);
  }
  return out;
}

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const DUP_PAGE = path.join(PAGES, 'gne-finance-usstock-2019-09-09-iicezzrq4681677.html');

/** The corpus pages, a binary file and a page without an article in the middle, and one title twice. */
function pagesWithTraps(): string {
  const dir = copyInto(PAGES, 'pages', (f) => !f.endsWith('.json') && !f.endsWith('.txt') && !f.endsWith('.md'));
  writeFileSync(path.join(dir, 'h-broken-binary.html'), BINARY);
  writeFileSync(path.join(dir, 'h-no-article.html'), '<html><head><title>x</title></head><body><p>hello</p></body></html>');
  const html = readFileSync(DUP_PAGE, 'utf8');
  expect(html).toContain('路闻卓立编译');
  copyFileSync(DUP_PAGE, path.join(dir, 'a-same-title-first.html'));
  writeFileSync(path.join(dir, 'zz-same-title-last.html'), html.replace('路闻卓立编译', '另一位译者'));
  return dir;
}

/** Runs the same command into the same out folder, moved aside after, so paths in messages match. */
function convertRun(src: string, jobs: string): { run: CliRun; files: Record<string, Buffer> } {
  const out = path.join(ws.dir, 'out');
  const run = runCli([src, '--out', out, '--jobs', jobs], { timeout: 300000 });
  const files = tree(out);
  renameSync(out, path.join(ws.dir, `out-${jobs}`));
  return { run, files };
}

describeCorpus('--jobs: convert --out', () => {
  it('stdin (-) among the inputs: read by the main thread, same result as --jobs 1', () => {
    const nonArticle = path.join(PAGES, 'kx724-nonarticle-vipstock-corp-financesummary-600519.html');
    const runs = ['1', '2'].map((jobs) => {
      const out = path.join(ws.dir, 'stdin-out');
      const run = runCli([nonArticle, '-', DUP_PAGE, '--out', out, '--jobs', jobs, '--progress'], { input: readFileSync(DUP_PAGE) });
      const files = tree(out);
      renameSync(out, path.join(ws.dir, `stdin-out-${jobs}`));
      return { run, files };
    });
    // Progress lines on a pipe are throttled by the clock (cli/progress.ts): how many come before the
    // last one depends on the machine's speed, so only the closing [3/3] line is compared.
    const steady = (r: (typeof runs)[number]) => ({ ...r, run: { ...r.run, stderr: r.run.stderr.replace(/^\[[0-2]\/3\] .*\n/gm, '') } });
    expect(steady(runs[1]!)).toEqual(steady(runs[0]!));
    expect(runs[0]!.run.stderr).toMatch(/^\[3\/3\] /m);
    expect(runs[0]!.run.code).toBe(2);
    expect(Object.keys(runs[0]!.files)).toHaveLength(2); // the page from stdin and its uniquified twin
  });

  it('--jobs 2 writes the same files and prints the same lines as --jobs 1, broken files in place', () => {
    const src = pagesWithTraps();
    const one = convertRun(src, '1');
    const two = convertRun(src, '2');
    expect(one.run.code).toBe(1); // the binary file (an error); the pages without an article give 2
    expect(two.run.code).toBe(one.run.code);
    expect(two.run.stdout).toBe(one.run.stdout);
    expect(two.run.stderr).toBe(one.run.stderr);
    expect(Object.keys(two.files)).toEqual(Object.keys(one.files));
    expect(two.files).toEqual(one.files);
    // The traps are really there: both error lines, between the lines of their neighbours.
    const lines = one.run.stderr.split('\n');
    const at = (name: string) => lines.findIndex((l) => l.includes(name));
    expect(at('h-broken-binary.html')).toBeGreaterThan(at('fightingtop-'));
    expect(at('fightingtop-')).toBeGreaterThan(-1);
    expect(at('h-no-article.html')).toBeGreaterThan(at('h-broken-binary.html'));
    expect(at('kx724-')).toBeGreaterThan(at('h-no-article.html'));
    // Same title twice: the first in input order keeps the plain name.
    const plain = Object.keys(one.files).find((n) => n.startsWith('债券市场是否存在泡沫') && !n.includes('('));
    expect(plain).toBeDefined();
    expect(one.files[plain!]!.toString()).toContain('路闻卓立编译');
    expect(Object.keys(one.files).filter((n) => n.startsWith('债券市场是否存在泡沫'))).toHaveLength(3);
  }, 600000);
});

function repairRun(args: string[], jobs: string): { run: CliRun; posts: Record<string, Buffer>; backups: Record<string, Buffer> } {
  const posts = postsWithTraps();
  const backups = path.join(ws.dir, 'backups');
  const run = runCli(['repair', posts, '--backup-dir', backups, '--jobs', jobs, ...args], { timeout: 300000 });
  const result = { run, posts: tree(posts), backups: args.includes('--dry-run') ? {} : tree(backups) };
  renameSync(posts, path.join(ws.dir, `posts-${jobs}-${args.length}`));
  if (!args.includes('--dry-run')) renameSync(backups, path.join(ws.dir, `backups-${jobs}`));
  return result;
}

/** The corpus posts with a binary file and a file that is not UTF-8 in the middle. */
function postsWithTraps(): string {
  const dir = copyInto(POSTS, 'posts');
  writeFileSync(path.join(dir, 'sina-m-binary.md'), BINARY);
  const post = readFileSync(path.join(dir, 'sina-0.md'), 'utf8');
  writeFileSync(path.join(dir, 'sina-m-latin1.md'), Buffer.concat([Buffer.from(post), Buffer.from([0xe9, 0x0a])]));
  return dir;
}

describeCorpus('--jobs: repair', () => {
  for (const args of [[], ['--dry-run']]) {
    it(`repair ${args.join(' ')} --jobs 2 = --jobs 1: same posts, backups, lines, counts, exit code`, () => {
      const one = repairRun(args, '1');
      const two = repairRun(args, '2');
      expect(one.run.code).toBe(1); // the file that is not UTF-8 failed
      expect(two.run.code).toBe(one.run.code);
      expect(two.run.stderr).toBe(one.run.stderr);
      expect(two.run.stdout).toBe(one.run.stdout);
      expect(two.posts).toEqual(one.posts);
      expect(two.backups).toEqual(one.backups);
      const lines = one.run.stdout.split('\n');
      const at = (name: string) => lines.findIndex((l) => l.includes(name));
      expect(lines[at('sina-m-binary.md')]).toMatch(/^skipped +\S.*: binary file, not a post$/);
      expect(lines[at('sina-m-latin1.md')]).toMatch(/^failed +\S.*: not UTF-8 text$/);
      expect(at('sina-m-binary.md')).toBeGreaterThan(at('sina-local-bonds'));
      expect(at('sina-marriage-video')).toBeGreaterThan(at('sina-m-latin1.md'));
      expect(one.run.stdout).toMatch(/, failed 1$/m);
      if (args.length === 0) expect(Object.keys(one.backups).length).toBeGreaterThan(40);
    }, 600000);
  }
});

describe('--jobs values', () => {
  for (const bad of ['0', '-1', '2.5', 'two', '1e1', '0x2', '', ' 2']) {
    it(`--jobs ${JSON.stringify(bad)} is refused with one line, exit 1 (convert and repair)`, () => {
      for (const args of [[PAGES, '--out', ws.dir, `--jobs=${bad}`], ['repair', POSTS, '--dry-run', `--jobs=${bad}`]]) {
        const r = runCli(args);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe(`sina-clean: --jobs must be a positive whole number, not ${JSON.stringify(bad)}\n`);
        expect(hasStackTrace(r.stderr)).toBe(false);
        expect(r.stdout).toBe('');
      }
    });
  }

  itCorpus('--jobs above the ceiling is refused with one line, exit 1; the ceiling itself is taken', () => {
    const r = runCli(['repair', POSTS, '--dry-run', '--jobs=1000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sina-clean: --jobs 1000 is more than 64 worker threads (each holds its own DOM, ~110–190 MB)\n');
    expect(r.stdout).toBe('');
    expect(runCli(['repair', path.join(POSTS, 'oschina-wine-7.14.md'), '--dry-run', '--jobs=64']).code).toBe(0);
  });

  itCorpus('-j without a number is refused; -j 3 (more jobs than needed) works', () => {
    const r = runCli(['repair', POSTS, '-j']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sina-clean: .*--jobs.* \(see sina-clean --help\)\n$/);
    // Two workers (never more than files); the run ends when they are done (none keeps it alive).
    const ok = runCli(['repair', path.join(POSTS, 'sina-0.md'), path.join(POSTS, 'sina-cpi-tiny-yuanbiaoti.md'), '--dry-run', '-j', '3'], { timeout: 20000 });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^would repair {2}.*sina-0\.md: /);
    expect(ok.stdout).toMatch(/^Dry run, nothing written\. would repair 2, unchanged 0, skipped 0, failed 0$/m);
  });
});
