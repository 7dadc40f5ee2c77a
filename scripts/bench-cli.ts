/** Throughput of the command line's convert path, in process and as the real `sina-clean --out`. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { convertPage } from '../cli/convert-page';
import { FILES_PER_TURN, turnEventLoop } from '../cli/yield';
import type { Sanitize } from '../utils/sanitize';
import { elapsed, fmt } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const INPUTS = Number(process.env.BENCH_CLI_INPUTS ?? 300);
const isArticle = (f: string) => /^(gne|magichtml)-/.test(f);

function inputs(pages: string, articlesOnly: boolean): { file: string; buf: Buffer }[] {
  const files = readdirSync(pages).filter((f) => f.endsWith('.html') && (!articlesOnly || isArticle(f)));
  const bufs = files.map((file) => ({ file, buf: readFileSync(path.join(pages, file)) }));
  return Array.from({ length: INPUTS }, (_, i) => bufs[i % bufs.length]!);
}

export async function inProcessThroughput(pages: string, sanitize: Sanitize, reparse: (html: string) => Document, articlesOnly: boolean): Promise<void> {
  const all = inputs(pages, articlesOnly);
  let ok = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const [i, { buf }] of all.entries()) {
    try {
      convertPage(buf, { format: 'hexo', json: false, sanitize, reparse });
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

export function cliThroughput(pages: string): void {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sina-bench-'));
  for (const articlesOnly of [true, false]) {
    const src = path.join(tmp, `pages-${articlesOnly}`);
    const out = path.join(tmp, `out-${articlesOnly}`);
    mkdirSync(src);
    inputs(pages, articlesOnly).forEach(({ file }, i) => copyFileSync(path.join(pages, file), path.join(src, `${String(i).padStart(4, '0')}-${file}`)));
    execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT });
    const { ms } = elapsed(() => {
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'bin/sina-clean.mjs'), src, '--out', out], { stdio: 'pipe' });
      } catch {
        // exit 2: some inputs were pages without an article
      }
    });
    const what = articlesOnly ? 'Sina article pages' : 'all corpus pages';
    console.log(`CLI sina-clean <dir: ${INPUTS} ${what}> --out DIR, one process, startup included: ${fmt(ms)} ms wall → ${(INPUTS / (ms / 1000)).toFixed(0)} pages/s (${readdirSync(out).length} files) — aim > 100 pages/s`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
