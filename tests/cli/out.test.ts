/** `sina-clean ... --out DIR`: one file per page, names from safeFilename, never overwriting, progress. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { cliWorkspace, FIXTURES, PAGES, runCli } from './support/cli';

const PAGE = path.join(PAGES, 'gne-finance-usstock-2019-09-09-iicezzrq4681677.html');

const ws = cliWorkspace();

describeCorpus('--out', () => {
  it('the same article twice → two files, the second uniquified; an existing file is never overwritten', () => {
    const out = path.join(ws.dir, 'dup');
    mkdirSync(out);
    const first = runCli([PAGE, '--out', out]);
    expect(first.code).toBe(0);
    const [name] = readdirSync(out);
    expect(name).toMatch(/\.md$/);
    writeFileSync(path.join(out, name!), 'mine, keep me');
    const copy = path.join(ws.dir, 'copy.html');
    copyFileSync(PAGE, copy);
    const again = runCli([PAGE, copy, '--out', out]);
    expect(again.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(3);
    expect(readFileSync(path.join(out, name!), 'utf8')).toBe('mine, keep me');
    const stem = name!.replace(/\.md$/, '');
    expect(names).toEqual([name, `${stem} (2).md`, `${stem} (3).md`].sort());
  });

  it('a directory of saved pages (with non-articles among them): articles written, others reported, exit 2', () => {
    const out = path.join(ws.dir, 'all');
    const r = runCli([PAGES, '--out', out, '--progress'], { timeout: 300000 });
    const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
    const nonArticles = pages.filter((f) => f.includes('-nonarticle-'));
    expect(readdirSync(out)).toHaveLength(pages.length - nonArticles.length);
    expect(r.code).toBe(2);
    for (const f of nonArticles) expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(/^\[\d+\/\d+\] /m); // --progress on a pipe: plain lines
    expect(r.stderr).toContain(`${pages.length - nonArticles.length} of ${pages.length} pages written`);
    expect(r.stdout).toBe('');
  }, 300000);

  it('--json --out writes .json files; --format html writes .html', () => {
    const out = path.join(ws.dir, 'fmt');
    expect(runCli([path.join(FIXTURES, 'cli/gbk-desktop-article.html'), '--json', '--out', out]).code).toBe(0);
    expect(runCli([path.join(FIXTURES, 'cli/gbk-desktop-article.html'), '--format', 'html', '--out', out]).code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names.map((n) => path.extname(n))).toEqual(['.html', '.json']);
    expect(JSON.parse(readFileSync(path.join(out, names[1]!), 'utf8'))).toHaveProperty('title', '央行：降准0.25个百分点（GBK页面）');
  });
});
