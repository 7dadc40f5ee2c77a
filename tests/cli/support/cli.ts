/**
 * Runs the REAL built command line: `node bin/sina-clean.mjs` after building dist/cli.mjs (and its
 * chunks) with the package's own `build:cli` script. Each test file builds once; the script writes
 * beside the old build and renames into place (scripts/build-cli.mjs), so test files running in
 * parallel never see half a file.
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CHILD_TIMEOUT_MS } from '../../../support/patience';

export const ROOT = path.resolve(__dirname, '../../..');
export { CORPUS, CORPUS_PAGES as PAGES, CORPUS_POSTS as POSTS } from '../../../support/corpus-paths';
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
const BIN = path.join(ROOT, 'bin/sina-clean.mjs');

let built = false;

export function buildCli(): void {
  if (built) return;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts['build:cli'];
  if (script !== 'node scripts/build-cli.mjs') throw new Error('build:cli script changed; update tests/cli/support/cli.ts');
  execSync(script, { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  timeout?: number;
  env?: Record<string, string>;
  /** Run as this user and group (root only: permission tests as `nobody`). */
  uid?: number;
  gid?: number;
}

export function runCli(args: string[], opts: RunOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    uid: opts.uid,
    gid: opts.gid,
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    // A caller's shorter timeout is raised: under load a run of a few seconds can take minutes.
    timeout: Math.max(opts.timeout ?? 0, CHILD_TIMEOUT_MS),
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A writable temp copy of a read-only folder (the corpus is read-only: never write into shared/). */
export function tempCopy(src: string, filter?: (file: string) => boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sina-clean-test-'));
  const dest = path.join(dir, path.basename(src));
  cpSync(src, dest, { recursive: true, filter: (f) => !filter || filter(f) });
  chmodTree(dest);
  return dest;
}

function chmodTree(p: string): void {
  execSync(`chmod -R u+w ${JSON.stringify(p)}`);
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sina-clean-test-'));
}

export function removeTemp(p: string): void {
  rmSync(p, { recursive: true, force: true });
}

/** A stack trace is never shown to the user. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.*:\d+:\d+\)$/m.test(text) || /\n\s+at [\w.<>]+ \(/.test(text);
}

/** For a test file (call at module level): the CLI built once, and a temp folder removed after. */
export function cliWorkspace(): { dir: string } {
  const ws = { dir: '' };
  beforeAll(() => {
    buildCli();
    ws.dir = tempDir();
  });
  afterAll(() => removeTemp(ws.dir));
  return ws;
}
