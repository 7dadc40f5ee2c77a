/**
 * `npm run bench:repair`: a temp folder of a few thousand posts (copies of
 * ../shared/corpus/posts), repaired in process and by the real CLI (`--no-backup`), then the
 * no-op second run, with `--jobs 1` and with the worker threads it picks by itself; prints posts
 * per second (aim ≥ 500/s on one core), and the write path alone (scripts/bench-writes.ts).
 * Nothing is asserted.
 * BENCH_POSTS sets the folder size (default 3000).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { memoryIO } from '../cli/io';
import { chooseJobs, MAX_DEFAULT_JOBS } from '../cli/jobs';
import { runRepair } from '../cli/repair';
import { nodeRepairDeps } from '../cli/repair-deps';
import { repairPost } from '../utils/repair/repair-post';
import { splitFrontMatter } from '../utils/images';
import { serializeHtml } from '../utils/serialize-html';
import { cpuMs, fmt, machineNote, runChild } from './bench-util';
import { writeThroughput } from './bench-writes';

const ROOT = path.resolve(import.meta.dirname, '..');
const POSTS = path.resolve(ROOT, '../shared/corpus/posts');
const COUNT = Number(process.env.BENCH_POSTS ?? 3000);

function makeFolder(parent: string, name: string): string {
  const dir = path.join(parent, name);
  mkdirSync(dir);
  const files = readdirSync(POSTS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
  for (let i = 0; i < COUNT; i++) {
    const f = files[i % files.length]!;
    copyFileSync(path.join(POSTS, f), path.join(dir, `${String(i).padStart(5, '0')}-${f}`));
  }
  return dir;
}

function report(label: string, ms: number, cpu: number | undefined, summary: string): void {
  const cpuPart = cpu === undefined ? '' : ` / ${fmt(cpu)} ms CPU → ${(COUNT / (cpu / 1000)).toFixed(0)} posts/CPU-s`;
  console.log(`${label}: ${COUNT} posts, ${fmt(ms)} ms wall${cpuPart}, ${(COUNT / (ms / 1000)).toFixed(0)} posts/s wall — ${summary}`);
}

async function inProcess(dir: string, label: string): Promise<void> {
  const io = memoryIO();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await runRepair({ command: 'repair', inputs: [dir], dryRun: false, backup: false, add: [], progress: false }, io);
  const c = process.cpuUsage(c0);
  const summary = io.stdout.find((l) => /^(repaired \d+,|Dry run)/.test(l))?.trim() ?? '';
  report(label, performance.now() - t0, (c.user + c.system) / 1000, summary);
}

function viaCli(dir: string, label: string, jobs: number): void {
  const { ms, cpu, peakMb, stdout } = runChild(path.join(ROOT, 'bin/sina-clean.mjs'), ['repair', dir, '--no-backup', '--jobs', String(jobs)]);
  const summary = stdout.split('\n').find((l) => /^repaired \d+,/.test(l)) ?? '';
  report(label, ms, cpu, `${summary}; peak memory ${peakMb.toFixed(0)} MB`);
}

/** Where a first-run repair spends its time: the pure repairPost, and the serializer's share of it. */
async function breakdown(): Promise<void> {
  const texts = readdirSync(POSTS).filter((f) => f.startsWith('sina-')).map((f) => readFileSync(path.join(POSTS, f), 'utf8'));
  const deps = await nodeRepairDeps();
  const bodies = texts.map((t) => deps.parseDocument(`<!DOCTYPE html><html><head></head><body>${splitFrontMatter(t).body}</body></html>`).body);
  const rounds = 10;
  const per = (ms: number) => ms / rounds / texts.length;
  const full = per(cpuMs(() => { for (let i = 0; i < rounds; i++) for (const t of texts) repairPost(t, { add: [] }, deps); }));
  const serialize = per(cpuMs(() => { for (let i = 0; i < rounds; i++) for (const b of bodies) serializeHtml(b); }));
  console.log(`repairPost on the ${texts.length} corpus posts, CPU per post: ${fmt(full)} ms (${(1000 / full).toFixed(0)} posts/CPU-s); of it the allowlist serializer (utils/serialize-html.ts, on the whole body): ${fmt(serialize)} ms (${((serialize / full) * 100).toFixed(0)}%)`);
}

async function main(): Promise<void> {
  console.log(machineNote());
  await breakdown();
  const tmp = mkdtempSync(path.join(tmpdir(), 'sina-bench-repair-'));
  try {
    await writeThroughput(tmp);
    const a = makeFolder(tmp, 'in-process');
    await inProcess(a, 'in process, first run (repairs)');
    await inProcess(a, 'in process, second run (no-op)');
    execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT });
    // --jobs 1 (one core, the aims are per core), then what sina-clean picks here (cli/jobs.ts).
    const auto = chooseJobs(undefined, COUNT, 'repair');
    for (const jobs of auto > 1 ? [1, auto] : [1]) {
      const b = makeFolder(tmp, `cli-${jobs}`);
      viaCli(b, `CLI sina-clean repair --no-backup --jobs ${jobs}, first run (startup included)`, jobs);
      viaCli(b, `CLI sina-clean repair --no-backup --jobs ${jobs}, second run (no-op)`, jobs);
    }
    console.log(`(--jobs ${auto} is the default for ${COUNT} posts here: ${availableParallelism()} cores, at most ${MAX_DEFAULT_JOBS})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
