/**
 * File names from hostile titles: reserved names, ends, path pieces, illegal
 * characters, UTF-8 byte caps on grapheme boundaries; each result checked against what Chrome's
 * and Firefox's download APIs refuse (rules restated below from their sanitizers).
 */
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import { safeFilename, truncateUtf8 } from '../../utils/export/filename';
import { article } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** What Chrome (`IsSafePortablePathComponent`) and Firefox (`DownloadPaths.sanitize`) refuse. */
function assertDownloadable(name: string): void {
  expect(name).not.toMatch(/[\\/:*?"<>|~%]/);
  expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u);
  expect(name).not.toMatch(/^[\s.\-_]|[\s.]$/u);
  expect(name).not.toMatch(/[^\S ]| {2}/u);
  expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
  expect(name.length).toBeGreaterThan(0);
}

const HOSTILE = [
  'CON', 'con', 'nul.txt', 'Com1', 'LPT9', 'aux.tar.gz', 'PRN ', 'NUL.', 'conin$',
  'trailing.', 'trailing ', 'trailing~', 'trailing%', 'trailing. . .', '.leading', '_leading', '..leading', '-leading', '~leading',
  '/', '\\', '..\\..\\x', '../../etc/passwd', 'C:\\x', 'a/b\\c', '*?<>|"', 'a:b', '', '   ', '...', '\u0000', '\u200b\u200e',
  '央行：降准0.25个百分点', '1049元/斤！天价荔枝', '增长3%~5%', 'tab\there', 'new\nline', 'u2028\u2028x', 'bom\ufeffx',
  '👨‍👩‍👧‍👦 家庭', 'a\ud800b',
];

describe('safeFilename', () => {
  it('every hostile name gives a downloadable name', () => {
    for (const base of HOSTILE) {
      const name = safeFilename(base, 'md');
      assertDownloadable(name);
      expect(name.endsWith('.md'), name).toBe(true);
    }
  });

  it('replaces and maps characters as documented', () => {
    expect(safeFilename('1049元/斤！天价荔枝', 'md')).toBe('1049元_斤！天价荔枝.md');
    expect(safeFilename('央行：降准 A股: 沪指', 'md')).toBe('央行：降准 A股_ 沪指.md');
    expect(safeFilename('增长3%~5%', 'md')).toBe('增长3％～5％.md');
    expect(safeFilename('*?<>|"', 'md')).toBe('article.md');
    expect(safeFilename('tab\there\nnew  line', 'md')).toBe('tab here new line.md');
  });

  it('avoids Windows reserved names, with or without extension, any case', () => {
    expect(safeFilename('CON', 'md')).toBe('CON_.md');
    expect(safeFilename('nul.txt', 'md')).toBe('nul_.txt.md');
    expect(safeFilename('Com1', 'html')).toBe('Com1_.html');
    expect(safeFilename('console', 'md')).toBe('console.md');
  });

  it('handles ends and path pieces', () => {
    expect(safeFilename('..\\..\\x', 'md')).toBe('x.md');
    expect(safeFilename('../../etc/passwd', 'md')).toBe('etc_passwd.md');
    expect(safeFilename('C:\\x', 'md')).toBe('C_x.md');
    expect(safeFilename('.leading', 'md')).toBe('leading.md');
    expect(safeFilename('trailing. . .', 'md')).toBe('trailing.md');
    expect(safeFilename('', 'md')).toBe('article.md');
    expect(safeFilename('   ', '.MD')).toBe('article.MD');
  });

  it('caps UTF-8 bytes on character boundaries (CJK = 3 bytes)', () => {
    const cjk = safeFilename('景'.repeat(130), 'md');
    expect(bytes(cjk)).toBeLessThanOrEqual(200);
    expect(cjk).toBe(`${'景'.repeat(65)}.md`);
    const ascii = safeFilename('a'.repeat(255), 'md');
    expect(bytes(ascii)).toBeLessThanOrEqual(200);
    expect(ascii).toMatch(/^a+\.md$/);
    expect(bytes(safeFilename('景'.repeat(130), 'md', 100))).toBeLessThanOrEqual(100);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const flag = '🇨🇳'; // two regional indicators, 8 bytes
    const family = '👩‍❤️‍👨'; // a ZWJ sequence; ZWJ (Cf) is dropped in file names, the emoji stay whole
    for (let max = 20; max <= 60; max++) {
      const name = safeFilename(`${'x'.repeat(10)}${flag.repeat(10)}`, 'md', max);
      expect(bytes(name)).toBeLessThanOrEqual(Math.max(max, 12));
      expect(name.replace(/^x+|\.md$/g, '').length % flag.length).toBe(0);
      expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    expect(safeFilename(family, 'md')).toBe('👩❤️👨.md');
    expect(truncateUtf8('ab👨‍👩‍👧‍👦', 10)).toBe('ab');
    expect(truncateUtf8('ab👨‍👩‍👧‍👦', 27)).toBe('ab👨‍👩‍👧‍👦');
  });
});

describe('file-name pattern', () => {
  it('defaults to the title', () => {
    expect(exportArticle(article(), 'hexo').filename).toBe('景俊海韩俊率队与国家有关部委举行工作会谈.md');
    expect(exportArticle(article(), 'html').filename).toBe('景俊海韩俊率队与国家有关部委举行工作会谈.html');
  });

  it('expands {date} (Beijing), {docid}, {title}, {source}', () => {
    const f = exportArticle(article(), 'markdown', { filenamePattern: '{date}-{docid}-{source}-{title}' });
    expect(f.filename).toBe('2022-07-25-imizirav5391234-吉林省人民政府网-景俊海韩俊率队与国家有关部委举行工作会谈.md');
  });

  it('tidies what empty tokens leave and falls back to article', () => {
    const a = article({ published: undefined, docId: undefined, title: '' });
    expect(exportArticle(a, 'hexo', { filenamePattern: '{date} - {docid}' }).filename).toBe('article.md');
    expect(exportArticle(article({ published: undefined }), 'hexo', { filenamePattern: '{date}-{title}' }).filename).toBe(
      '景俊海韩俊率队与国家有关部委举行工作会谈.md',
    );
  });

  it('a hostile title still gives a downloadable name', () => {
    for (const title of HOSTILE) assertDownloadable(exportArticle(article({ title }), 'hexo').filename);
  });
});
