/**
 * `sina-clean repair` (the built CLI) on a temp copy of the real archived posts in
 * ../shared/corpus/posts plus our fixtures: readable YAML, article kept, junk gone, QR lead images
 * fixed, backups outside, a second run is a no-op, non-Sina posts untouched.
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURES, POSTS, removeTemp, runCli, tempCopy } from '../cli/support/cli';
import { articleImages, articleParagraphs, bodyRoot, readPost, squash } from './support';

const QR = /343233024\.png|303e-b2864e7bf4f7e5ecede113b90b5a53c9|5f5f-kpptear5623021/;
const JUNK = /appendQr_wrap|<style|<!--|quote_|article-editor|kaihu|责任编辑|海量资讯、精准解读/;
const POST_FILES = readdirSync(POSTS).filter((f) => f.endsWith('.md'));

let dir = '';
let tmpRoot = '';
let firstRun = { code: 0 as number | null, stdout: '', stderr: '' };
const originals = new Map<string, string>();

beforeAll(() => {
  buildCli();
  dir = tempCopy(POSTS, (f) => !f.endsWith('SOURCES.md'));
  tmpRoot = path.dirname(dir);
  copyFileSync(path.join(FIXTURES, 'repair/broken-quotes.md'), path.join(dir, 'broken-quotes.md'));
  writeFileSync(path.join(dir, 'corrupt.md'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0x80, 0x81]));
  writeFileSync(path.join(dir, 'no-front-matter.md'), '<div><p>just a body, no front matter</p></div>\n');
  writeFileSync(path.join(dir, 'bad-yaml.md'), '\n---\ntitle: "never closed\nauthor: [\n---\n\n<div><p class="article-editor">责任编辑：x</p></div>\n');
  writeFileSync(path.join(dir, 'crlf.md'), readFileSync(path.join(POSTS, 'sina-0.md'), 'utf8').replace(/\n/g, '\r\n'));
  const deep = `${'<div>'.repeat(2000)}<p>深</p>${'</div>'.repeat(2000)}<p class="article-editor">责任编辑：x</p>`;
  writeFileSync(path.join(dir, 'deep.md'), `\n---\ntitle: 'deep'\ncategories: \n - 新浪财经\n---\n\n<div>${deep}</div>\n`);
  for (const f of readdirSync(dir)) originals.set(f, readFileSync(path.join(dir, f), 'latin1'));
  firstRun = runCli(['repair', dir, '--add', 'editor,source,original_title,tags'], { timeout: 300000 });
}, 300000);
afterAll(() => removeTemp(tmpRoot));

const sinaPosts = () => POST_FILES.filter((f) => f.startsWith('sina-'));

describe('sina-clean repair on the archive', () => {
  it('finishes with counts; the bad files are counted, not fatal', () => {
    expect(firstRun.stdout).toMatch(new RegExp(`repaired ${sinaPosts().length + 2}, unchanged 0, skipped 3, failed 2`));
    expect(firstRun.stdout).toMatch(/skipped +\S*oschina-wine-7\.14\.md: not a Sina post/);
    expect(firstRun.stdout).toMatch(/skipped +\S*corrupt\.md: binary/);
    expect(firstRun.stdout).toMatch(/skipped +\S*no-front-matter\.md: no front matter/);
    expect(firstRun.stdout).toMatch(/failed +\S*bad-yaml\.md: front matter/);
    expect(firstRun.stdout).toMatch(/failed +\S*deep\.md: body nested more than 256 levels/);
    expect(firstRun.code).toBe(1); // a failure is reported in the exit code, after the whole run
  });

  it.each(POST_FILES.filter((f) => f.startsWith('sina-')))('%s: YAML parses, values kept, article kept, junk gone', (f) => {
    const before = readPost(originals.get(f) ? Buffer.from(originals.get(f)!, 'latin1').toString('utf8') : '');
    const after = readPost(readFileSync(path.join(dir, f), 'utf8'));
    for (const k of ['title', 'categories', 'author', 'comments', 'date']) expect(after.fm[k], k).toEqual(before.fm[k]);
    const keys = Object.keys(after.fm);
    expect(keys.slice(0, 2)).toEqual(['title', 'categories']);
    expect(keys.filter((k) => Object.keys(before.fm).includes(k))).toEqual(Object.keys(before.fm).filter((k) => keys.includes(k)));
    const text = squash(bodyRoot(after.body).textContent);
    for (const p of articleParagraphs(before.body)) expect(text, p).toContain(p);
    for (const src of articleImages(before.body)) expect(after.body).toContain(src);
    expect(after.body).not.toMatch(JUNK);
    expect(after.body).not.toMatch(/[{}]/);
    expect(String(after.fm.headimg ?? '')).not.toMatch(QR);
    expect(after.fm.headimg).toEqual(after.fm.thumbnail);
    if (after.fm.headimg) expect(after.body).toContain(String(after.fm.headimg));
  });

  it('tables, blockquotes and captions survive (industrial profits, economy Q1)', () => {
    const tables = readFileSync(path.join(dir, 'sina-industrial-profits-3-tables.md'), 'utf8');
    expect(tables.match(/<table/g)).toHaveLength(3);
    expect(tables).toContain('<caption');
    const quotes = readFileSync(path.join(dir, 'sina-economy-q1-blockquote-captions-kaihu.md'), 'utf8');
    expect(quotes).toContain('<blockquote');
    expect(quotes).toContain('img_descr');
  });

  it('a post whose title broke YAML comes out readable with the same title, body cleaned', () => {
    const after = readPost(readFileSync(path.join(dir, 'broken-quotes.md'), 'utf8'));
    expect(after.fm.title).toBe(`他说"稳增长"是'关键'：A股: 沪指收涨`);
    expect(after.fm.headimg).toBeUndefined();
    expect(after.fm.thumbnail).toBeUndefined();
    expect(after.fm).toMatchObject({ editor: '王蒙', tags: ['sh600519'], author: '新浪财经', comments: false });
    expect(after.body).toContain('&#123;&#123; page.title &#125;&#125;');
    expect(after.body).not.toMatch(JUNK);
  });

  it('a CRLF post keeps its CRLF line ends and reads like its LF twin', () => {
    const crlf = readFileSync(path.join(dir, 'crlf.md'), 'utf8');
    expect(crlf).not.toMatch(/[^\r]\n/);
    expect(crlf.replace(/\r\n/g, '\n')).toBe(readFileSync(path.join(dir, 'sina-0.md'), 'utf8'));
  });

  it('the non-Sina post and the bad files are byte-identical', () => {
    for (const f of ['oschina-wine-7.14.md', 'corrupt.md', 'no-front-matter.md', 'bad-yaml.md', 'deep.md']) {
      expect(readFileSync(path.join(dir, f), 'latin1'), f).toBe(originals.get(f));
    }
  });

  it('originals are backed up outside the repaired folder, byte for byte', () => {
    const backups = readdirSync(tmpRoot).filter((d) => d.startsWith(`${path.basename(dir)}.sina-clean-backup-`));
    expect(backups).toHaveLength(1);
    const b = path.join(tmpRoot, backups[0]!);
    expect(readdirSync(b).sort()).toEqual([...sinaPosts(), 'broken-quotes.md', 'crlf.md'].sort());
    for (const f of readdirSync(b)) expect(readFileSync(path.join(b, f), 'latin1')).toBe(originals.get(f));
    expect(readdirSync(dir).some((f) => f.includes('backup') || f.endsWith('.tmp'))).toBe(false);
  });

  it('a second run changes nothing: 0 repaired, byte-identical files, no new backup', () => {
    const snapshot = new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]));
    const again = runCli(['repair', dir, '--add', 'editor,source,original_title,tags'], { timeout: 300000 });
    expect(again.stdout).toMatch(new RegExp(`repaired 0, unchanged ${sinaPosts().length + 2}, skipped 3, failed 2`));
    for (const [f, text] of snapshot) expect(readFileSync(path.join(dir, f), 'latin1'), f).toBe(text);
    expect(readdirSync(tmpRoot).filter((d) => d.includes('.sina-clean-backup-'))).toHaveLength(1);
  }, 300000);
});

describe('sina-clean repair --dry-run and backups', () => {
  it('--dry-run writes nothing and says what would change, per file and in total', () => {
    const d = tempCopy(POSTS, (f) => !f.endsWith('SOURCES.md'));
    const before = new Map(readdirSync(d).map((f) => [f, readFileSync(path.join(d, f), 'latin1')]));
    const r = runCli(['repair', d, '--dry-run'], { timeout: 300000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/would repair +\S*sina-0\.md: body cleaned \(\d+ junk nodes removed\); headimg: QR image dropped/);
    expect(r.stdout).toContain(`Dry run, nothing written. would repair ${sinaPosts().length}, unchanged 0, skipped 1, failed 0`);
    for (const [f, text] of before) expect(readFileSync(path.join(d, f), 'latin1')).toBe(text);
    expect(readdirSync(path.dirname(d))).toEqual([path.basename(d)]);
    removeTemp(path.dirname(d));
  }, 300000);

  it('--backup-dir puts copies there; inside the folder it is refused; --no-backup keeps none', () => {
    const d = tempCopy(POSTS, (f) => f.endsWith('sina-0.md') || !f.endsWith('.md'));
    const parent = path.dirname(d);
    const refused = runCli(['repair', d, '--backup-dir', path.join(d, 'bak')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/inside/);
    const ok = runCli(['repair', d, '--backup-dir', path.join(parent, 'bak')]);
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(parent, 'bak', path.basename(d), 'sina-0.md'))).toBe(true);
    const d2 = tempCopy(POSTS, (f) => f.endsWith('sina-0.md') || !f.endsWith('.md'));
    expect(runCli(['repair', d2, '--no-backup']).stdout).toContain('repaired 1,');
    expect(readdirSync(path.dirname(d2))).toEqual([path.basename(d2)]);
    removeTemp(parent);
    removeTemp(path.dirname(d2));
  });
});
