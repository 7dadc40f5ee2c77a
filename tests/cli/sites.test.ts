/**
 * The built `sina-clean` on the pages of the other sites (../shared/corpus/sites): each converts
 * through that site's rules (template, title, time, editor as tests/fixtures/sites/<page>.json
 * says), its Hexo post names the site, not 新浪财经, as author and category, and a folder of them
 * converts in one run. Spawns node bin/sina-clean.mjs (see support/cli.ts).
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_SITES } from '../support/corpus';
import { sitePageExpects } from '../support/site-pages';
import { cliWorkspace, runCli } from './support/cli';

const ws = cliWorkspace();
const cases = sitePageExpects();

function frontMatterOf(post: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(post);
  if (!m?.[1]) throw new Error(`no front matter in:\n${post.slice(0, 300)}`);
  return parse(m[1]) as Record<string, unknown>;
}

describe('sina-clean on pages of other sites', () => {
  it.each(cases)('%s --json: the site rules read it', (name, exp) => {
    const r = runCli([path.join(CORPUS_SITES, `${name}.html`), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { template: string; title: string; published?: string; source?: string; author?: string; editor?: string; siteName?: string };
    expect(a.template).toBe(exp.template);
    expect(a.title).toBe(exp.title);
    expect(a.siteName).toBe(exp.siteName);
    expect(a.published === undefined ? null : Date.parse(a.published)).toBe(exp.time === null ? null : Date.parse(exp.time));
    expect(a.source ?? null, 'source').toBe(exp.source);
    expect(a.author ?? null, 'author').toBe(exp.author);
    expect(a.editor ?? null, 'editor').toBe(exp.editor);
  });

  it.each(cases)('%s → hexo post whose author and category are the site', (name, exp) => {
    const r = runCli([path.join(CORPUS_SITES, `${name}.html`)]);
    expect(r.code).toBe(0);
    const fm = frontMatterOf(r.stdout);
    expect(fm.title).toBe(exp.title);
    expect(fm.author).toBe(exp.siteName);
    expect((fm.categories as string[])[0]).toBe(exp.siteName); // then the page's channel, if it names one
    expect(r.stdout).not.toContain('新浪财经');
  });

  it('a folder of them converts in one run, one Markdown file per page', () => {
    const out = path.join(ws.dir, 'sites-md');
    const r = runCli([CORPUS_SITES, '--out', out, '--format', 'markdown']);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(cases.length);
    const squash = (t: string): string => t.replace(/[\s*]+/g, ''); // Markdown's ** of bold text too
    const all = squash(files.map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n'));
    for (const [, exp] of cases) expect(all, exp.title).toContain(squash(exp.last).slice(-12));
  });
});
