/**
 * `sina-clean repair` on odd archives: symbolic links, hard links,
 * modes and owners, front matter with YAML anchors and aliases or unknown tags. The built CLI on
 * temp copies of an RSS-made post of our own (tests/fixtures/repair/rss-post.md).
 */
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURES, hasStackTrace, removeTemp, runCli, tempDir } from '../cli/support/cli';
import { readPost } from './support';

const SOURCE = readFileSync(path.join(FIXTURES, 'repair/rss-post.md'), 'utf8');
const QR = 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png';
let ws = '';
let repairedText = '';

beforeAll(() => {
  buildCli();
  ws = tempDir();
  const ref = folder('reference', { 'a.md': SOURCE });
  expect(runCli(['repair', ref, '--no-backup']).code).toBe(0);
  repairedText = readFileSync(path.join(ref, 'a.md'), 'utf8');
  expect(repairedText).not.toBe(SOURCE);
}, 120000);
afterAll(() => removeTemp(ws));

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(ws, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
}

function backupsOf(dir: string): string[] {
  return readdirSync(path.dirname(dir)).filter((d) => d.startsWith(`${path.basename(dir)}.sina-clean-backup-`));
}

describe('symbolic links', () => {
  it('a link inside a folder is reported as skipped, with the reason, and left alone', () => {
    const outside = folder('sym-outside', { 'real.md': SOURCE });
    const dir = folder('sym-folder', { 'a.md': SOURCE });
    symlinkSync(path.join(outside, 'real.md'), path.join(dir, 'link.md'));
    const r = runCli(['repair', dir, '--no-backup']);
    expect(r.stdout).toContain(`skipped  ${path.join(dir, 'link.md')}: symbolic link, not followed inside a folder (name the link itself to repair its target)`);
    expect(r.stdout).toContain('repaired 1, unchanged 0, skipped 1, failed 0');
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(outside, 'real.md'), 'utf8')).toBe(SOURCE);
    expect(r.code).toBe(0);
  });

  it('a named link whose target is in its folder: the target is repaired, the link stays a link', () => {
    const dir = folder('sym-named-in', {});
    mkdirSync(path.join(dir, '2021'));
    writeFileSync(path.join(dir, '2021', 'real.md'), SOURCE);
    symlinkSync('2021/real.md', path.join(dir, 'link.md'));
    const r = runCli(['repair', path.join(dir, 'link.md')]);
    expect(r.stdout).toMatch(/^repaired +\S+link\.md: .*; written through the link to \S+2021\/real\.md$/m);
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.md'))).toBe('2021/real.md');
    expect(readFileSync(path.join(dir, '2021', 'real.md'), 'utf8')).toBe(repairedText);
    const [bak] = backupsOf(dir);
    expect(readFileSync(path.join(path.dirname(dir), bak!, 'link.md'), 'utf8')).toBe(SOURCE);
    expect(r.code).toBe(0);
    expect(runCli(['repair', path.join(dir, 'link.md')]).stdout).toContain('repaired 0, unchanged 1');
  });

  it('a named link to a file outside the folder being repaired is refused in one clear line', () => {
    const outside = folder('sym-far', { 'real.md': SOURCE });
    const dir = folder('sym-named-out', {});
    symlinkSync(path.join(outside, 'real.md'), path.join(dir, 'link.md'));
    const r = runCli(['repair', path.join(dir, 'link.md'), '--no-backup']);
    expect(r.stdout).toContain(
      `skipped  ${path.join(dir, 'link.md')}: symbolic link to ${path.join(outside, 'real.md')}, outside the folder being repaired: refused (repair the target itself)`,
    );
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(outside, 'real.md'), 'utf8')).toBe(SOURCE);
  });
});

describe('modes, owners and hard links', () => {
  it('each post keeps its mode (a read-only one too) across the atomic replace', () => {
    const dir = folder('modes', { 'a.md': SOURCE, 'b.md': SOURCE });
    chmodSync(path.join(dir, 'a.md'), 0o640);
    chmodSync(path.join(dir, 'b.md'), 0o444);
    expect(runCli(['repair', dir, '--no-backup']).code).toBe(0);
    expect(statSync(path.join(dir, 'a.md')).mode & 0o7777).toBe(0o640);
    expect(statSync(path.join(dir, 'b.md')).mode & 0o7777).toBe(0o444);
    expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe(repairedText);
  });

  it.skipIf(process.getuid?.() !== 0)('as root, each post keeps its owner and group', () => {
    const dir = folder('owners', { 'a.md': SOURCE });
    chownSync(path.join(dir, 'a.md'), 1234, 5678);
    expect(runCli(['repair', dir, '--no-backup']).code).toBe(0);
    const st = statSync(path.join(dir, 'a.md'));
    expect([st.uid, st.gid]).toEqual([1234, 5678]);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(repairedText);
  });

  it('a hard-linked post: the report says the link is broken; the other name keeps the old text', () => {
    const other = folder('hard-other', {});
    const dir = folder('hard', { 'a.md': SOURCE });
    linkSync(path.join(dir, 'a.md'), path.join(other, 'same.md'));
    const dry = runCli(['repair', dir, '--dry-run']);
    expect(dry.stdout).toMatch(/^would repair +\S+a\.md: .*; hard link broken: the 1 other name of this file keeps the old text$/m);
    const r = runCli(['repair', dir, '--no-backup']);
    expect(r.stdout).toMatch(/^repaired +\S+a\.md: .*; hard link broken: the 1 other name of this file keeps the old text$/m);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(repairedText);
    expect(readFileSync(path.join(other, 'same.md'), 'utf8')).toBe(SOURCE);
  });
});

describe('front matter YAML', () => {
  const ANCHORED = SOURCE.replace('categories: \n', 'categories: &cats\n')
    .replace(`headimg: '${QR}'`, `headimg: &qr '${QR}'`)
    .replace('author: 新浪财经', 'author: &who 新浪财经')
    .replace(`thumbnail: '${QR}'`, 'thumbnail: *qr\nkeywords: *cats\nsource: *who\ncover: *qr');

  it('anchors and aliases are read as one document: repaired, values kept, second run a no-op', () => {
    expect(ANCHORED).toContain('keywords: *cats');
    const dir = folder('anchors', { 'a.md': ANCHORED });
    const r = runCli(['repair', dir, '--no-backup']);
    expect(r.stdout).toMatch(/^repaired +\S+a\.md: body cleaned .*headimg: QR image dropped.*thumbnail: QR image dropped.*cover: alias \*qr written out/m);
    const after = readFileSync(path.join(dir, 'a.md'), 'utf8');
    const fm = readPost(after).fm;
    expect(fm).toMatchObject({ categories: ['金融', '新浪财经', '新浪财经－国內'], keywords: ['金融', '新浪财经', '新浪财经－国內'], author: '新浪财经', source: '新浪财经', cover: QR });
    expect(fm.headimg).toBeUndefined();
    expect(after).toContain('categories: &cats\n');
    expect(after).toContain('keywords: *cats\nsource: *who\n');
    expect(readPost(after).body).toBe(readPost(repairedText).body);
    expect(r.code).toBe(0);
    const again = runCli(['repair', dir, '--no-backup']);
    expect(again.stdout).toContain('repaired 0, unchanged 1');
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(after);
  });

  it('an alias bomb is refused in one line, not expanded', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    const dir = folder('bomb', { 'a.md': SOURCE.replace('comments: false', `comments: false\n${bomb}`) });
    const r = runCli(['repair', dir, '--no-backup']);
    expect(r.stdout).toMatch(/^failed +\S+a\.md: front matter cannot be read as YAML/m);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('an unknown YAML tag: no raw YAMLWarning; the tagged line is kept byte for byte', () => {
    const dir = folder('tags', { 'a.md': SOURCE.replace('comments: false', 'comments: false\nlayout: !custom post\nweight: !!int abc') });
    const r = runCli(['repair', dir, '--no-backup']);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/YAMLWarning|TAG_RESOLVE/);
    expect(r.stdout).toContain('repaired 1, unchanged 0, skipped 0, failed 0');
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toContain('comments: false\nlayout: !custom post\nweight: !!int abc\n');
  });
});
