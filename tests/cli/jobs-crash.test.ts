/**
 * `--jobs N`: a worker thread that dies is charged to its file and replaced, and the run goes on.
 * Triggered honestly: a real post whose body (a million paragraphs, 8 MB) needs more memory than
 * the heap given with Node's own --max-old-space-size. In one thread the whole run dies on it;
 * with workers only that worker does, and the file becomes a 'failed' line in its place.
 * Ctrl-C stops a run with workers at once (no thread keeps the process alive).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { cliWorkspace, POSTS, ROOT, runCli } from './support/cli';

const ws = cliWorkspace();
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=64' };

const HUGE = ['sina-m-huge.md', 'sina-t-huge.md'] as const;
const OOM = 'worker thread stopped: out of memory (JavaScript heap limit reached)';

/** A post whose body is a million paragraphs (8 MB): far more DOM than a 64 MB heap holds. */
function addHugePosts(dir: string): void {
  const post = readFileSync(path.join(POSTS, 'sina-0.md'), 'utf8');
  const front = /^\s*---\n[\s\S]*?\n---\n/.exec(post)?.[0];
  expect(front).toContain('title:');
  for (const name of HUGE) writeFileSync(path.join(dir, name), `${front}\n<div>${'<p>a</p>'.repeat(1_000_000)}</div>\n`);
}

describeCorpus('--jobs: a worker that dies', () => {
  it('out of memory on two posts: each fails in its place, new workers do the rest (output = --jobs 1 without them + two lines)', () => {
    const dir = path.join(ws.dir, 'huge');
    cpSync(POSTS, dir, { recursive: true });
    const before = runCli(['repair', dir, '--dry-run', '--jobs', '1']);
    addHugePosts(dir);
    const r = runCli(['repair', dir, '--dry-run', '--jobs', '2'], { env: SMALL_HEAP, timeout: 120000 });
    // Expected: the clean run's lines, with a 'failed' line where each huge post sorts, and the counts.
    const lines = before.stdout.split('\n');
    for (const [name, next] of [[HUGE[0], 'sina-marriage-video-only-one-para.md'], [HUGE[1], 'sina-talent-subsidy-yuanbiaoti-at-end.md']] as const) {
      const at = lines.findIndex((l) => l.includes(`/${next}:`));
      expect(at).toBeGreaterThan(0);
      lines.splice(at, 0, `failed   ${path.join(dir, name)}: ${OOM}`);
    }
    const summary = lines.findIndex((l) => l.startsWith('Dry run'));
    expect(lines[summary]).toMatch(/, failed 0$/);
    lines[summary] = lines[summary]!.replace(/, failed 0$/, ', failed 2');
    lines.splice(lines.length - 1, 0, `  failed: ${OOM} (2)`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines.join('\n'));
    expect(r.code).toBe(1);

    // The same run in one thread cannot survive those posts: what the workers are for.
    const one = runCli(['repair', dir, '--dry-run', '--jobs', '1'], { env: SMALL_HEAP, timeout: 120000 });
    expect(one.code).not.toBe(0);
    expect(one.code).not.toBe(1);
    expect(one.stderr).toMatch(/heap out of memory/);
  }, 300000);

  it('Ctrl-C (SIGINT) during a run with workers ends the process at once', async () => {
    const dir = path.join(ws.dir, 'many');
    mkdirSync(dir);
    const names = readdirSync(POSTS).filter((f) => f.startsWith('sina-'));
    for (let i = 0; i < 1000; i++) copyFileSync(path.join(POSTS, names[i % names.length]!), path.join(dir, `${String(i).padStart(4, '0')}.md`));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/sina-clean.mjs'), 'repair', dir, '--dry-run', '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => void (out += b.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const t0 = Date.now();
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(signal ?? code).toBe('SIGINT');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(out).not.toMatch(/^Dry run/m); // it really was stopped before the end
  });
});
