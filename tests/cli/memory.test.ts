/**
 * Long runs keep memory bounded. Two jsdom behaviours once made a big archive die of an out-of-
 * memory crash: V8 keeps WeakRef targets (jsdom's NodeIterator registry) alive until the running
 * job ends, and jsdom keeps every element with an id/name of any document parsed in a window in
 * that window's named-property table (cli/yield.ts, cli/dom.ts). Before the fixes, 3,180 posts
 * died under a 150 MB heap and every GB2312-era page kept ~3–9 MB; here the real command runs
 * under a heap smaller than what it reads; both tests fail on the code before the fixes. Each runs
 * in one thread and with two worker threads (`--jobs`), where the limit applies to each thread.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CHILD_USAGE_OPTION, childUsage } from '../../support/child-usage';
import { CORPUS_SITES as SITES } from '../../support/corpus-paths';
import { describeCorpus } from '../support/corpus';
import { cliWorkspace, PAGES, POSTS, runCli } from './support/cli';

const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=160' };

/** `count` files taken in turn from the folders `srcs`, under numbered names in `dest`; their total bytes. */
function copies(srcs: string[], filter: (f: string) => boolean, count: number, dest: string): number {
  mkdirSync(dest, { recursive: true });
  const files = srcs.flatMap((src) => readdirSync(src).filter(filter).map((f) => path.join(src, f)));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const f = files[i % files.length]!;
    copyFileSync(f, path.join(dest, `${String(i).padStart(5, '0')}-${path.basename(f)}`));
    bytes += readFileSync(f).byteLength;
  }
  return bytes;
}

describeCorpus('memory on long runs', () => {
  const ws = cliWorkspace();

  // In one thread (--jobs 1) and in each of two worker threads (the heap limit applies to each).
  for (const jobs of ['1', '2']) {
    // 2,000 posts for each thread: a worker that kept one sanitizer window for all of them ran out
    // of memory at 4,000 posts over two workers (its posts then failed: exit 1), as one thread did.
    const posts = 2000 * Number(jobs);
    it(`repairs ${posts} posts, --jobs ${jobs}`, () => {
      const dir = path.join(ws.dir, `posts-${jobs}`);
      copies([POSTS], (f) => f.startsWith('sina-') && f.endsWith('.md'), posts, dir);
      const r = runCli(['repair', dir, '--no-backup', '--jobs', jobs], { env: SMALL_HEAP, timeout: 150000 });
      expect(r.stderr).not.toMatch(/heap out of memory/i);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`\nrepaired ${posts}, unchanged 0, skipped 0, failed 0\n`);
    });

    it(`converts 200 saved pages of every kind, the Readability ones included, --jobs ${jobs}`, () => {
      const dir = path.join(ws.dir, `pages-${jobs}`);
      const out = path.join(ws.dir, `out-${jobs}`);
      const bytes = copies([PAGES], (f) => f.endsWith('.html'), 200, dir);
      expect(bytes).toBeGreaterThan(20 * 1024 * 1024); // more page text than fits the heap with jsdom's copies of them
      const r = runCli([dir, '--out', out, '--jobs', jobs], { env: SMALL_HEAP, timeout: 120000 });
      expect(r.stderr).not.toMatch(/heap out of memory/i);
      expect(r.code).toBe(2); // the non-article pages are reported, the rest written
      expect(r.stderr).toMatch(/\b\d+ of 200 pages written/);
      expect(readdirSync(out).length).toBeGreaterThan(130);
    });
  }

  // Without a heap limit V8 sizes its heap to the machine and lets jsdom's freed windows pile up:
  // 432 such pages peaked at 0.6–1.2 GB resident before cli/yield.ts collected past a ceiling,
  // ~350 MB after. Each worker thread has a heap of its own: two of them peaked at 1.0–1.1 GB
  // before they collected past the same ceiling, ~0.6 GB after (the main thread's heap, two
  // workers' and two jsdoms). The child reports its own peak (every thread's) as it exits.
  for (const [jobs, limitMb] of [['1', 480], ['2', 800]] as const) {
    it(`converts 432 pages of every kind and other sites' with the heap size V8 picks and stays under ${limitMb} MB resident, --jobs ${jobs}`, () => {
      const dir = path.join(ws.dir, `pages-unlimited-${jobs}`);
      const out = path.join(ws.dir, `out-unlimited-${jobs}`);
      copies([PAGES, SITES], (f) => f.endsWith('.html'), 432, dir);
      const r = runCli([dir, '--out', out, '--jobs', jobs], { env: { NODE_OPTIONS: CHILD_USAGE_OPTION }, timeout: 300000 });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\b\d+ of 432 pages written/);
      const { peakMb } = childUsage(r.stderr);
      expect(peakMb).toBeGreaterThan(50); // the report came
      expect(peakMb).toBeLessThan(limitMb);
    }, 400000);
  }
});

