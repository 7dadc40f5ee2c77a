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
import { describe, expect, it } from 'vitest';
import { cliWorkspace, POSTS, ROOT, runCli } from './support/cli';

const ws = cliWorkspace();
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=64' };

function postsWithHugeOne(): string {
  const dir = path.join(ws.dir, 'huge');
  cpSync(POSTS, dir, { recursive: true });
  const post = readFileSync(path.join(POSTS, 'sina-0.md'), 'utf8');
  const front = /^\s*---\n[\s\S]*?\n---\n/.exec(post)?.[0];
  expect(front).toContain('title:');
  writeFileSync(path.join(dir, 'sina-m-huge.md'), `${front}\n<div>${'<p>a</p>'.repeat(1_000_000)}</div>\n`);
  return dir;
}

describe('--jobs: a worker that dies', () => {
  it('out of memory on one post: that post fails in its place, a new worker does the rest', () => {
    const dir = postsWithHugeOne();
    const posts = readdirSync(dir).filter((f) => f.startsWith('sina-'));
    const r = runCli(['repair', dir, '--dry-run', '--jobs', '2'], { env: SMALL_HEAP, timeout: 120000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const at = (name: string) => lines.findIndex((l) => l.includes(`/${name}:`));
    expect(lines[at('sina-m-huge.md')]).toBe(`failed   ${path.join(dir, 'sina-m-huge.md')}: worker thread stopped: out of memory (JavaScript heap limit reached)`);
    expect(at('sina-m-huge.md')).toBeGreaterThan(at('sina-local-bonds-july-chinanews-wan.md'));
    expect(at('sina-marriage-video-only-one-para.md')).toBe(at('sina-m-huge.md') + 1);
    for (const f of posts.filter((p) => p !== 'sina-m-huge.md')) expect(lines[at(f)]).toMatch(/^would repair  /);
    expect(r.stdout).toContain(`would repair ${posts.length - 1}, unchanged 0, skipped 2, failed 1\n`);
    expect(r.stdout).toContain('  failed: worker thread stopped: out of memory (JavaScript heap limit reached) (1)\n');

    // The same run in one thread cannot survive that post: what the workers are for.
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
  }, 60000);
});
