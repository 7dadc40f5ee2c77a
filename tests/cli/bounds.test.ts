/**
 * Hostile inputs of the built `sina-clean` end with one line naming the input and the limit
 * (cli/page-limits.ts, cli/read-bounded.ts): pages over a limit exit 2, inputs that are not
 * regular files exit 1, and none hangs or is read past the byte limit. Inputs are made here, at
 * run time, just over each limit; a batch goes on with the next file. No timing is asserted:
 * the timeouts are generous, a hang or an out-of-memory death fails the exit-code checks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENT_ATTRIBUTES, MAX_FALLBACK_ELEMENTS, MAX_PAGE_BYTES, MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS, MAX_PAGE_NODES, MAX_PAGE_TEXT } from '../../cli/page-limits';
import { cliWorkspace, FIXTURES, hasStackTrace, ROOT, runCli } from './support/cli';

const ws = cliWorkspace();
const LONG = 180000;
// A Sina article page of our own (tests/fixtures/core), so these checks run without the corpus too.
const ARTICLE = path.join(FIXTURES, 'core/desktop-junk/source.html');

function file(name: string, content: string | Buffer): string {
  const p = path.join(ws.dir, name);
  writeFileSync(p, content);
  return p;
}

/** A Sina article page (the 2018+ desktop template) around `body`. */
const sinaPage = (body: string): string =>
  `<html><head><meta charset="utf-8"><meta property="og:url" content="https://finance.sina.com.cn/china/2022-07-25/doc-imizirav0000001.shtml"></head><body><h1 class="main-title">标题</h1><div class="date-source"><span class="date">2022年07月25日 22:31</span></div><div id="artibody">${body}</div></body></html>`;

const paragraphs = (n: number): string => '<p>央行宣布降准。</p>'.repeat(n);

function expectRefused(r: { code: number | null; stdout: string; stderr: string }, code: number, ...words: string[]): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(hasStackTrace(r.stderr)).toBe(false);
  for (const w of words) expect(r.stderr).toContain(w);
}

describe('pages over a limit are refused by the first pass, exit 2, naming file and limit', () => {
  const cases: [string, () => string, string][] = [
    ['elements', () => sinaPage(paragraphs(MAX_PAGE_ELEMENTS)), `${MAX_PAGE_ELEMENTS.toLocaleString('en')} elements`],
    ['depth', () => sinaPage(`${'<div>'.repeat(MAX_PAGE_DEPTH + 10)}深${'</div>'.repeat(MAX_PAGE_DEPTH + 10)}`), `${MAX_PAGE_DEPTH} levels deep`],
    ['comments', () => sinaPage(`${'<!---->'.repeat(MAX_PAGE_NODES)}${paragraphs(5)}`), MAX_PAGE_NODES.toLocaleString('en')],
    ['attributes', () => sinaPage(`<p ${Array.from({ length: MAX_ELEMENT_ATTRIBUTES + 1 }, (_, i) => `a${i}=1`).join(' ')}>正文</p>`), `${MAX_ELEMENT_ATTRIBUTES.toLocaleString('en')} attributes`],
    ['text', () => sinaPage(`<p>${'word '.repeat(MAX_PAGE_TEXT / 5 + 1)}</p>`), 'characters of text'],
    ['generic', () => `<html><head><title>t</title></head><body><article>${paragraphs(MAX_FALLBACK_ELEMENTS)}</article></body></html>`, `${MAX_FALLBACK_ELEMENTS.toLocaleString('en')} elements`],
  ];
  it.each(cases)('too many %s', (name, make, limit) => {
    const p = file(`over-${name}.html`, make());
    expectRefused(runCli([p], { timeout: LONG }), 2, p, limit, 'limit');
  }, LONG);

  it('a long article under the limits still converts (20,000 paragraphs)', () => {
    const r = runCli([file('long.html', sinaPage(paragraphs(20000))), '--format', 'markdown'], { timeout: LONG });
    expect(r.code).toBe(0);
    expect(r.stdout.split('央行宣布降准').length - 1).toBe(20000);
  }, LONG);
});

describe('inputs are read up to the byte limit only', () => {
  it('a file over the limit is refused', () => {
    const p = file('big.html', Buffer.alloc(MAX_PAGE_BYTES + 1, 'a'));
    expectRefused(runCli([p], { timeout: LONG }), 2, p, `${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  }, LONG);

  it('stdin over the limit is refused (the rest is not read)', () => {
    const big = Buffer.concat([Buffer.from('<html><body>'), Buffer.alloc(MAX_PAGE_BYTES, 'a')]);
    expectRefused(runCli(['-'], { input: big, timeout: LONG }), 2, 'stdin', 'MB');
  }, LONG);

  it('endless stdin (/dev/zero) is cut at the limit and refused', () => {
    const r = spawnSync('sh', ['-c', `exec node ${JSON.stringify(path.join(ROOT, 'bin/sina-clean.mjs'))} - < /dev/zero`], { encoding: 'utf8', timeout: LONG });
    expectRefused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, 2, 'stdin');
  }, LONG);
});

describe('what is not a regular file is refused without being read, exit 1', () => {
  it('/dev/zero', () => {
    expectRefused(runCli(['/dev/zero'], { timeout: LONG }), 1, '/dev/zero', 'character device');
  }, LONG);

  it('a FIFO with no writer: refused at once, not waited on', async () => {
    const fifo = path.join(ws.dir, 'pipe.html');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/sina-clean.mjs'), fifo]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), LONG - 10000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expectRefused({ code, stdout: '', stderr }, 1, fifo, 'FIFO');
  }, LONG);

  it('a directory as stdin', () => {
    const r = spawnSync('sh', ['-c', `exec node ${JSON.stringify(path.join(ROOT, 'bin/sina-clean.mjs'))} - < ${JSON.stringify(ws.dir)}`], { encoding: 'utf8', timeout: LONG });
    expectRefused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, 1, 'stdin', 'directory');
  }, LONG);
});

describe('a batch goes on after a refused input', () => {
  it.each([['1'], ['2']])('--jobs %s: refused inputs are reported, the article is written', (jobs) => {
    const out = path.join(ws.dir, `out-${jobs}`);
    const deep = file(`deep-${jobs}.html`, sinaPage(`${'<div>'.repeat(MAX_PAGE_DEPTH + 1)}${'</div>'.repeat(MAX_PAGE_DEPTH + 1)}`));
    const r = runCli(['/dev/zero', deep, ARTICLE, '--out', out, '--jobs', jobs], { timeout: LONG });
    expect(r.code).toBe(1); // the worst: /dev/zero is an error (1), the deep page holds no article (2)
    expect(r.stderr).toMatch(/error: \/dev\/zero: .*character device/);
    expect(r.stderr).toContain(`no article: ${deep}: markup nested more than ${MAX_PAGE_DEPTH} levels deep`);
    expect(r.stderr).toContain('1 of 3 pages written');
    expect(existsSync(out) && readdirSync(out)).toHaveLength(1);
  }, LONG);
});
