// @vitest-environment node
/** The tolerant front matter reader and the entry writer of the archive repair (utils/repair). */
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { getValue, readFrontMatter, stringifyEntry, rewriteFrontMatter } from '../../utils/repair/front-matter';
import { stringifyFrontMatter } from '../../utils/export/front-matter';
import { joinPost, splitPost } from '../../utils/repair/post-file';

const SEED_FM = [
  "title: '景俊海韩俊率队与国家有关部委举行工作会谈'",
  'categories: ',
  ' - 金融',
  ' - 新浪财经',
  ' - 新浪财经－国內',
  "headimg: 'https://n.sinaimg.cn/x.png'",
  'author: 新浪财经',
  'comments: false',
  'date: Mon, 25 Jul 2022 14:31:46 GMT',
].join('\n');

describe('readFrontMatter', () => {
  it('reads the seed shape with keys in order and typed values', () => {
    const fm = readFrontMatter(SEED_FM);
    expect(fm?.entries.map((e) => e.key)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date']);
    expect(getValue(fm!, 'categories')).toEqual(['金融', '新浪财经', '新浪财经－国內']);
    expect(getValue(fm!, 'comments')).toBe(false);
    expect(getValue(fm!, 'date')).toBe('Mon, 25 Jul 2022 14:31:46 GMT');
    expect(fm?.entries.every((e) => !e.recovered)).toBe(true);
  });

  it.each([
    [`title: '他说"稳增长"是'关键''`, `他说"稳增长"是'关键'`],
    [`title: ''Hello' World'`, `'Hello' World`],
    [`title: 'It's: a #title'`, `It's: a #title`],
  ])('recovers the raw title of a broken single-quoted line: %s', (line, raw) => {
    const fm = readFrontMatter(`${line}\nauthor: 新浪财经`);
    expect(fm?.entries[0]).toMatchObject({ key: 'title', value: raw, recovered: true });
    expect(getValue(fm!, 'author')).toBe('新浪财经');
  });

  it('a correctly escaped title is read as YAML says, not "recovered"', () => {
    const fm = readFrontMatter(`title: 'It''s'`);
    expect(fm?.entries[0]).toMatchObject({ value: "It's", recovered: false });
  });

  it.each([['not yaml at all\n:::'], ['title: a\ntitle: b'], ['title: "unterminated'], ['- a\n- b'], ['a: &a [x]\nb: [*a, *a]\nc: *nope']])('gives up (null) on %j', (block) => {
    expect(readFrontMatter(block)).toBeNull();
  });

  it('reads anchors and aliases across entries as one document; each entry keeps its own lines', () => {
    const block = "title: 'x'\ncategories: &c\n - 新浪财经\n# about the image\nheadimg: &qr 'https://q/qr.png'\nthumbnail: *qr\ntags: *c";
    const fm = readFrontMatter(block)!;
    expect(fm.entries.map((e) => [e.key, e.value])).toEqual([
      ['title', 'x'],
      ['categories', ['新浪财经']],
      ['headimg', 'https://q/qr.png'],
      ['thumbnail', 'https://q/qr.png'],
      ['tags', ['新浪财经']],
    ]);
    expect(fm.entries[1]).toMatchObject({ lines: ['categories: &c', ' - 新浪财经', '# about the image'], anchors: ['c'] });
    expect(fm.entries[3]).toMatchObject({ lines: ['thumbnail: *qr'], aliases: ['qr'] });
    expect(rewriteFrontMatter(fm.entries)).toBe(block);
  });

  it('cuts the seed shape into the same lines as the entry-by-entry reader did', () => {
    const fm = readFrontMatter(`${SEED_FM}\n`)!;
    expect(fm.entries.map((e) => e.lines)).toEqual([[SEED_FM.split('\n')[0]], SEED_FM.split('\n').slice(1, 5), ...SEED_FM.split('\n').slice(5).map((l, i, a) => (i === a.length - 1 ? [l, ''] : [l]))]);
    expect(rewriteFrontMatter(fm.entries)).toBe(`${SEED_FM}\n`);
  });

  it('an unknown tag is read as plain text and named, without a printed warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const fm = readFrontMatter('title: x\nlayout: !custom post');
    expect(fm?.entries[1]).toMatchObject({ value: 'post', unknownTag: '!custom', lines: ['layout: !custom post'] });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('writing entries', () => {
  const HOSTILE = [
    `他说"稳增长"是'关键'`, `'Hello' World`, '# leading hash', '@at', '`tick', '- dash', '[x]', '{y}', '> gt', '| pipe', '! bang',
    '& amp', '* star', '% pct', '? q', 'yes', 'No', 'null', '~', '600519', '000001', '1e3', '0x1A', '2022-07-25', '.inf',
    'tab\there', 'line\u2028sep', 'zero\u200bwidth', '', '   ', '央'.repeat(130),
  ];

  it.each(HOSTILE)('%j round-trips through yaml as the same string', (value) => {
    const lines = stringifyEntry('title', value);
    expect(parse(lines.join('\n'))).toEqual({ title: value });
  });

  it.each(HOSTILE)('%j round-trips as a plain-rule key under YAML 1.2 and 1.1 (Hexo reads 1.1)', (value) => {
    const text = stringifyEntry('editor', value).join('\n');
    expect(parse(text)).toEqual({ editor: value });
    expect(parse(text, { version: '1.1' })).toEqual({ editor: value });
  });

  it('writes an entry exactly as an exported post writes it (one rule: utils/front-matter-yaml.ts)', () => {
    expect(stringifyEntry('editor', '王蒙')).toEqual(['editor: 王蒙']);
    expect(stringifyEntry('tags', ['sh600519', '600519', 'yes'])).toEqual(['tags:', ' - sh600519', ' - "600519"', ' - "yes"']);
    expect(stringifyEntry('title', '0！')).toEqual([`title: '0！'`]);
    expect(stringifyEntry('headimg', 'https://n.sinaimg.cn/a.png')).toEqual([`headimg: 'https://n.sinaimg.cn/a.png'`]);
    const fields = { title: `他说"稳"是'关键'`, categories: ['金融', '新浪财经'], author: '新浪财经', comments: false, editor: '王蒙', tags: ['2022-07-25'] };
    const exported = stringifyFrontMatter(fields);
    const rewritten = rewriteFrontMatter(Object.entries(fields).map(([key, value]) => ({ key, value })));
    expect(`---\n${rewritten}\n---\n`).toBe(exported);
  });

  it('keeps untouched lines byte for byte and rewrites only what changed', () => {
    const fm = readFrontMatter(`title: '他说"稳"是'关键''\n${SEED_FM.split('\n').slice(1).join('\n')}`)!;
    const out = rewriteFrontMatter(fm.entries.map((e) => (e.recovered ? { key: e.key, value: e.value } : e)));
    expect(out.split('\n').slice(1)).toEqual(SEED_FM.split('\n').slice(1));
    expect((parse(out) as { title: string }).title).toBe(`他说"稳"是'关键'`);
  });
});

describe('splitPost / joinPost', () => {
  it('round-trips the archive layout (leading empty line, CRLF too)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['', '---', 'title: x', 'comments: false', '---', '', '<div>body</div>', ''].join(eol);
      const parts = splitPost(text)!;
      expect(parts.frontMatter).toBe('title: x\ncomments: false');
      expect(joinPost(parts)).toBe(text);
    }
  });

  it('no front matter → null', () => {
    expect(splitPost('<div>just html</div>')).toBeNull();
    expect(splitPost('---\ntitle: never closed\n')).toBeNull();
  });
});
