/**
 * Throughput of the command line's convert path, in process (one core) and as the real
 * `sina-clean --out` with `--jobs 1` and with the number of worker threads it picks by itself.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { convertPage } from '../cli/convert-page';
import { chooseJobs, MAX_DEFAULT_JOBS } from '../cli/jobs';
import { FILES_PER_TURN, turnEventLoop } from '../cli/yield';
import { type ChildRun, fmt, runChild } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const INPUTS = Number(process.env.BENCH_CLI_INPUTS ?? 300);
const isArticle = (f: string) => /^(gne|magichtml)-/.test(f);

function inputs(pages: string, articlesOnly: boolean): { file: string; buf: Buffer }[] {
  const files = readdirSync(pages).filter((f) => f.endsWith('.html') && (!articlesOnly || isArticle(f)));
  const bufs = files.map((file) => ({ file, buf: readFileSync(path.join(pages, file)) }));
  return Array.from({ length: INPUTS }, (_, i) => bufs[i % bufs.length]!);
}

export async function inProcessThroughput(pages: string, reparse: (html: string) => Document, articlesOnly: boolean): Promise<void> {
  const all = inputs(pages, articlesOnly);
  let ok = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const [i, { buf }] of all.entries()) {
    try {
      convertPage(buf, { format: 'hexo', json: false, reparse });
      ok++;
    } catch {
      // a page without an article: processed all the same, as the CLI does
    }
    // As the CLI does (cli/yield.ts): without it jsdom's documents pile up until the loop ends.
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await turnEventLoop();
  }
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const cpu = (c.user + c.system) / 1000;
  const what = articlesOnly ? 'Sina article pages' : 'all corpus pages (incl. non-articles, GB2312)';
  console.log(`in-process convert, ${what}: ${all.length} pages, ${fmt(ms)} ms wall / ${fmt(cpu)} ms CPU → ${(all.length / (cpu / 1000)).toFixed(0)} pages/CPU-s, ${(all.length / (ms / 1000)).toFixed(0)} pages/s wall (${ok} converted)`);
}

/** `sina-clean <dir> --out DIR --jobs N` over a fresh copy of the inputs (exit 2 when some are pages without an article). */
function timeCli(src: string, out: string, jobs: number): ChildRun & { files: number } {
  const run = runChild(path.join(ROOT, 'bin/sina-clean.mjs'), [src, '--out', out, '--jobs', String(jobs)]);
  return { ...run, files: readdirSync(out).length };
}

export function cliThroughput(pages: string): void {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sina-bench-'));
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT });
  // What `sina-clean` picks by itself for this many files on this machine (cli/jobs.ts).
  const auto = chooseJobs(undefined, INPUTS, 'convert');
  for (const articlesOnly of [true, false]) {
    const src = path.join(tmp, `pages-${articlesOnly}`);
    mkdirSync(src);
    inputs(pages, articlesOnly).forEach(({ file }, i) => copyFileSync(path.join(pages, file), path.join(src, `${String(i).padStart(4, '0')}-${file}`)));
    const what = articlesOnly ? 'Sina article pages' : 'all corpus pages';
    for (const jobs of auto > 1 ? [1, auto] : [1]) {
      const { ms, cpu, peakMb, files } = timeCli(src, path.join(tmp, `out-${articlesOnly}-${jobs}`), jobs);
      const aim = jobs === 1 ? ' — aims: ≥ 300 pages/s on one core; peak memory < 300 MB' : ` (default here: ${availableParallelism()} cores, at most ${MAX_DEFAULT_JOBS})`;
      console.log(`CLI sina-clean <dir: ${INPUTS} ${what}> --out DIR --jobs ${jobs}, startup included: ${fmt(ms)} ms wall → ${(INPUTS / (ms / 1000)).toFixed(0)} pages/s; ${fmt(cpu)} ms CPU → ${(INPUTS / (cpu / 1000)).toFixed(0)} pages/CPU-s; peak memory ${peakMb.toFixed(0)} MB (${files} files)${aim}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}
