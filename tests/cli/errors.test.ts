/**
 * Exit codes and hostile inputs (missing, unreadable and binary files, a hostile title, a huge page) of the built `sina-clean`:
 * 0 success, 2 no article, 1 other errors; always one line on stderr, never a stack trace.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliWorkspace, FIXTURES, hasStackTrace, PAGES, runCli } from './support/cli';

const ws = cliWorkspace();

function file(name: string, content: string | Buffer): string {
  const p = path.join(ws.dir, name);
  writeFileSync(p, content);
  return p;
}

function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, code: number): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^sina-clean: \S/);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe('exit codes', () => {
  it('--help and --version exit 0 on stdout', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('sina-clean repair');
    const v = runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['--format', 'pdf', 'x.html']],
    [['--bogus']],
    [[]],
    [['--url', 'javascript:alert(1)', path.join(PAGES, 'gne-news-2019-09-07-iicezzrq4076655.html')]],
    [['repair']],
    [['repair', '--add', 'password', '.']],
    [['repair', '--no-backup', '--backup-dir', '/ws.dir/x', '.']],
  ])('bad arguments %j → exit 1', (args) => {
    expectOneLineError(runCli(args), 1);
  });

  it('a missing file → exit 1', () => {
    expectOneLineError(runCli([path.join(ws.dir, 'nope.html')]), 1);
  });

  it('an unreadable file → exit 1', () => {
    const p = file('locked.html', '<p>x</p>');
    if (process.getuid?.() === 0) return; // root reads everything; the case cannot be made here
    chmodSync(p, 0);
    expectOneLineError(runCli([p]), 1);
  });

  it('several inputs without --out → exit 1', () => {
    const page = path.join(PAGES, 'gne-news-2019-09-07-iicezzrq4076655.html');
    expectOneLineError(runCli([page, page]), 1);
  });

  it.each([
    ['empty.html', ''],
    ['blank.html', '  \n\t\n'],
    ['text.html', 'just some words, no markup at all'],
    ['empty-article.html', '<html><head><title>x</title></head><body><h1 class="main-title">标题</h1><div id="artibody"></div></body></html>'],
  ])('%s holds no article → exit 2 with a one-line reason', (name, content) => {
    expectOneLineError(runCli([file(name, content)]), 2);
  });
});

it('a binary file (a PNG named .html) is an error of the input → exit 1 with a one-line reason', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]);
  const r = runCli([file('binary.html', png)]);
  expectOneLineError(r, 1);
  expect(r.stderr).toMatch(/binary data, not an HTML page/);
});

describe('hostile inputs', () => {
  it('a hostile title survives into YAML exactly; template syntax and scripts do not survive', () => {
    const r = runCli([path.join(FIXTURES, 'cli/hostile-title.html'), '--format', 'hexo-full']);
    expect(r.code).toBe(0);
    const [, fmText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(r.stdout) ?? [];
    const fm = parse(fmText ?? '') as Record<string, unknown>;
    expect(fm.title).toBe(`他说"稳增长"是'关键'：#1 & {{ page.title }} {% endraw %} <img src=x onerror=alert(1)>`);
    expect(body).not.toMatch(/[{}]/);
    expect(body).toContain('&#123;&#123; page.title &#125;&#125;');
    expect(body).not.toMatch(/onerror|javascript:/i);
  });

  it('a huge page (20,000 paragraphs) converts without crashing', () => {
    const paras = Array.from({ length: 20000 }, (_, i) => `<p>　　第${i}段：央行宣布降准0.25个百分点。</p>`).join('\n');
    const page = `<html><head><meta charset="utf-8"><meta property="og:url" content="https://finance.sina.com.cn/china/2022-07-25/doc-imizirav0000001.shtml"></head><body><h1 class="main-title">巨大的页面</h1><div class="date-source"><span class="date">2022年07月25日 22:31</span></div><div id="artibody">${paras}</div></body></html>`;
    const r = runCli([file('huge.html', page), '--format', 'markdown'], { timeout: 120000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第19999段');
  });

  it.each([1000, 20000])('markup nested %i levels deep → exit 2 at once (Readability would take minutes), no trace', (depth) => {
    const page = `<html><body>${'<div>'.repeat(depth)}${'深'.repeat(300)}${'</div>'.repeat(depth)}</body></html>`;
    const r = runCli([file(`deep-${depth}.html`, page)], { timeout: 60000 });
    expectOneLineError(r, 2);
    expect(r.stderr).toContain('nested');
  });
});
