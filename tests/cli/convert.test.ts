/**
 * The built `sina-clean` on real corpus pages and our fixtures: Hexo/Markdown/HTML/JSON outputs,
 * charset decoding, exit codes. Spawns node bin/sina-clean.mjs (see support/cli.ts).
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliWorkspace, FIXTURES, hasStackTrace, PAGES, runCli } from './support/cli';

const ARTICLE_PAGES = readdirSync(PAGES).filter((f) => f.endsWith('.html') && /^(gne|magichtml)-/.test(f));
const NON_ARTICLE_PAGES = readdirSync(PAGES).filter((f) => f.includes('-nonarticle-'));
const CLI_FIX = path.join(FIXTURES, 'cli');

function frontMatterOf(post: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(post);
  if (!m?.[1]) throw new Error(`no front matter in:\n${post.slice(0, 300)}`);
  return parse(m[1]) as Record<string, unknown>;
}

const ws = cliWorkspace();

describe('sina-clean <page> on the corpus', () => {
  it('finds the article pages it must convert', () => {
    expect(ARTICLE_PAGES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ARTICLE_PAGES)('%s → hexo post on stdout, exit 0, front matter parses', (file) => {
    const r = runCli([path.join(PAGES, file)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fm = frontMatterOf(r.stdout);
    expect(typeof fm.title).toBe('string');
    expect((fm.title as string).length).toBeGreaterThan(4);
    expect(fm.title).not.toMatch(/_新浪(财经|网)/);
    expect(fm.comments).toBe(false);
    expect(r.stdout).toContain('<div>');
    const body = r.stdout.slice(r.stdout.indexOf('\n---\n', 4) + 5);
    expect(body).not.toMatch(/[{}]/); // Hexo-safe: braces written as &#123; / &#125;
  });

  it('--json --out over every article page: the model keys, an ISO date, a clean body (one process)', () => {
    const out = path.join(ws.dir, 'json');
    const r = runCli([...ARTICLE_PAGES.map((f) => path.join(PAGES, f)), '--json', '--out', out], { timeout: 300000 });
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(ARTICLE_PAGES.length);
    for (const f of files) {
      const a = JSON.parse(readFileSync(path.join(out, f), 'utf8')) as Record<string, unknown>;
      for (const k of ['title', 'url', 'published', 'source', 'author', 'editor', 'originalTitle', 'categories', 'tags', 'leadImage', 'html', 'template', 'docId']) {
        expect(a, `${f}: ${k}`).toHaveProperty(k);
      }
      expect(String(a.template)).toMatch(/^sina-/);
      expect(String(a.url)).toMatch(/^https?:\/\/[a-z.]*sina\.(com\.)?cn\//);
      expect(new Date(String(a.published)).toISOString()).toBe(a.published);
      expect(Array.isArray(a.tags) && Array.isArray(a.categories)).toBe(true);
      expect(String(a.html)).not.toMatch(/<script|<style|<iframe|appendQr_wrap|article-editor/i);
    }
  }, 300000);

  it('magic-html pages: the labelled main text is in the Markdown export (one process)', () => {
    const magic = ARTICLE_PAGES.filter((f) => f.startsWith('magichtml-'));
    const out = path.join(ws.dir, 'md');
    const r = runCli([...magic.map((f) => path.join(PAGES, f)), '--format', 'markdown', '--out', out], { timeout: 300000 });
    expect(r.code).toBe(0);
    const written = readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8'));
    const norm = (s: string) => s.replace(/[\s\u3000*_\\>#|-]+/g, '');
    for (const file of magic) {
      const expected = JSON.parse(readFileSync(path.join(PAGES, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { content: string };
      const lines = expected.content.split('\n').map(norm).filter((l) => l.length >= 12);
      const best = Math.max(...written.map((w) => lines.filter((l) => norm(w).includes(l.slice(0, 30))).length));
      expect(best / lines.length, file).toBeGreaterThanOrEqual(0.8);
    }
  }, 300000);

  it('--format html is a standalone UTF-8 page, --format markdown has no HTML body wrapper', () => {
    const page = path.join(PAGES, 'gne-finance-usstock-2019-09-09-iicezzrq4681677.html');
    const html = runCli([page, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toMatch(/charset="?utf-8/i);
    expect(html.stdout).toContain('no-referrer');
    const md = runCli([page, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toContain('<div>');
    expect(frontMatterOf(md.stdout).title).toBe(frontMatterOf(runCli([page]).stdout).title);
  });

  it.each(NON_ARTICLE_PAGES)('%s (a Sina page that is not an article) → exit 2, one line on stderr', (file) => {
    const r = runCli([path.join(PAGES, file)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('charset decoding', () => {
  const CWCED = readdirSync(PAGES).filter((f) => f.startsWith('cwced-') && f.endsWith('.html'));

  it.each(CWCED)('%s (GB2312 bytes) decodes: the labelled text appears, output is UTF-8', (file) => {
    const r = runCli([path.join(PAGES, file), '--format', 'markdown']);
    expect(r.code).toBe(0);
    const expected = readFileSync(path.join(PAGES, file.replace(/\.html$/, '.expected.txt')), 'utf8');
    const body = expected.split(/^## cleaned\s*$/m)[1] ?? expected;
    const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');
    const sentences = body.split(/[。！？\n]/).map(norm).filter((s) => s.length >= 15).slice(0, 20);
    expect(sentences.length).toBeGreaterThan(0);
    const out = norm(r.stdout);
    const found = sentences.filter((s) => out.includes(s));
    expect(found.length / sentences.length).toBeGreaterThanOrEqual(0.7);
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('GB2312-era pages keep their <TITLE> (the fallback re-reads them with jsdom; linkedom lost it)', () => {
    const out = path.join(ws.dir, 'cwced');
    const r = runCli([...CWCED.map((f) => path.join(PAGES, f)), '--json', '--out', out], { timeout: 120000 });
    expect(r.code).toBe(0);
    const titles = readdirSync(out).map((f) => (JSON.parse(readFileSync(path.join(out, f), 'utf8')) as { title: string }).title);
    for (const head of ['投身外交(3)', '四年前中500万现穷困潦倒', '拿出10万元投资房产']) {
      expect(titles.some((t) => t.startsWith(head)), head).toBe(true);
    }
    // …and without Sina's "_读书频道_新浪网"-style channel and site suffix.
    expect(titles).toHaveLength(3);
    for (const t of titles) expect(t).not.toMatch(/_新浪|_$/);
    expect(titles).toContain('四年前中500万现穷困潦倒 一夜暴富后如何经营');
  });

  it('a GBK page (characters beyond GB2312 declared as gb2312) → exact text, golden Hexo output', () => {
    const r = runCli([path.join(CLI_FIX, 'gbk-desktop-article.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('朱镕基与喆、堃两字都不在GB2312里');
    const golden = path.join(CLI_FIX, 'gbk-desktop-article.expected.md');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
  });

  it('a page declaring gb2312 whose bytes are UTF-8 is read as UTF-8', () => {
    const r = runCli([path.join(CLI_FIX, 'utf8-declared-gb2312.html'), '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { title: string; html: string };
    expect(a.title).toBe('声明gb2312但其实是UTF-8的页面');
    expect(a.html).toContain('这一页的字节是UTF-8');
  });

  it('reads a page from stdin with -', () => {
    const r = runCli(['-', '--json'], { input: readFileSync(path.join(CLI_FIX, 'gbk-desktop-article.html')) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('央行：降准0.25个百分点（GBK页面）');
  });
});
