/**
 * Hostile titles, metadata and dates (YAML look-alikes, quotes, control characters) through every front-matter
 * preset: parsing the front matter back (yaml as 1.2 and as 1.1, Hexo's rules) gives exactly the
 * normalised values put in, and every string stays a string.
 */
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import { cleanText } from '../../utils/export/text';
import { article, parseFrontMatter, splitPost } from './helpers';

const FM_PRESETS = ['hexo', 'hexo-full', 'markdown'] as const;

/** Titles kept exactly as they are (only ordinary printable text). */
const VERBATIM = [
  '央行：降准0.25个百分点', 'A股: 沪指收涨', '他说"稳增长"是\'关键\'', "'Hello' World",
  '#话题', '@新浪财经', '`代码`', '- 列表', '[方括号]', '{大括号}', '> 引用', '| 竖线', '!感叹', '&锚',
  '*星号', '%百分', '?问号', 'yes', 'No', 'null', '~', '600519', '000001', '1e3', '0x1A', '2022-07-25',
  '.inf', 'true', 'off', 'y', 'n', 'on', '0o17', '0b101', '12:30:00', '1_000', '1:2', '-1', '+1', '.5', '1,000', '0777',
  '=', '<<', '---', '...', 'a: b', 'a #b', '  ', '',
  '景'.repeat(130), 'a'.repeat(255), '👨‍👩‍👧‍👦 家庭', '🏳️‍🌈 旗', '{{ page.title }}', '{% endraw %}', '{#', '<script>alert(1)</script>',
  '甲　乙（全角空格）', 'Line ＼ back', "it's", '"', "'", '\\', 'a\\nb',
];

/** Titles with control/invisible characters and what they become (see utils/export/text.ts). */
const NORMALISED: [string, string][] = [
  ['第一行\n第二行', '第一行 第二行'],
  ['第一行\r\n第二行', '第一行 第二行'],
  ['制表\t符', '制表 符'],
  ['行\u2028分隔\u2029段', '行 分隔 段'],
  ['空\u0000字符', '空字符'],
  ['\ufeffBOM开头', 'BOM开头'],
  ['零\u200b宽\u200c字\u2060符', '零宽字符'],
  ['孤立\u200d连接', '孤立连接'],
  ['\u200e左\u200f右\u202e反转\u202c\u2066隔离\u2069', '左右反转隔离'],
  ['响铃\u0007退格\u0008删除\u007f', '响铃退格删除'],
  ['C1\u0085下一行\u009b', 'C1 下一行'],
  ['不\u00a0断\u00a0行', '不 断 行'],
  ['  两端空白  \n', '两端空白'],
  ['多个    空格', '多个 空格'],
  ['断\ud800代理', '断代理'],
  ['软\u00ad连字符', '软连字符'],
];

function roundTrip(title: string, preset: string): Record<string, unknown> {
  return parseFrontMatter(exportArticle(article({ title }), preset).content);
}

describe('front matter: hostile titles come back exactly', () => {
  for (const preset of FM_PRESETS) {
    it(`${preset}: verbatim titles`, () => {
      for (const title of VERBATIM) {
        const expected = title.trim() === '' ? '' : title;
        expect(roundTrip(title, preset).title, JSON.stringify(title)).toBe(expected);
      }
    });
    it(`${preset}: control and invisible characters normalised, per character`, () => {
      for (const [title, expected] of NORMALISED) {
        expect(cleanText(title)).toBe(expected);
        expect(roundTrip(title, preset).title, JSON.stringify(title)).toBe(expected);
      }
    });
  }

  it('writes titles on one line, so no title can end the front matter', () => {
    for (const title of [...VERBATIM, ...NORMALISED.map(([t]) => t)]) {
      const { yaml } = splitPost(exportArticle(article({ title }), 'hexo').content);
      expect(yaml.split('\n').filter((l) => l.startsWith('title:'))).toHaveLength(1);
      expect(yaml.split('\n').some((l) => /^(---|\.\.\.)\s*$/.test(l))).toBe(false);
    }
  });
});

describe('front matter: every other value survives too', () => {
  const tricky = ['yes', '600519', '2022-07-25', 'null', '#x', 'a: b', '~', '0x1A', '- d'];

  it('categories, author, tags, source, editor, original title and link stay strings', () => {
    const a = article({ categories: tricky, tags: [...tricky, 'sz300832'], source: 'No', editor: '1e3', originalTitle: '.inf', url: 'https://x.example/a?b=1#c' });
    const fm = roundTrip.call(null, a.title, 'hexo');
    expect(fm.comments).toBe(false);
    const full = parseFrontMatter(exportArticle(a, 'hexo-full', { author: 'true', categories: ['off', '金融'] }).content);
    expect(full).toEqual({
      title: a.title,
      categories: ['off', '金融', ...tricky],
      headimg: a.leadImage,
      author: 'true',
      comments: false,
      date: 'Mon, 25 Jul 2022 14:31:46 GMT',
      thumbnail: a.leadImage,
      tags: [...tricky, 'sz300832'],
      link: 'https://x.example/a?b=1#c',
      source: 'No',
      original_title: '.inf',
      editor: '1e3',
    });
  });

  it('a lead image URL with quotes is still one string', () => {
    const img = "https://n.sinaimg.cn/it's-\"x\"-#1.png?a=1&b=:";
    const fm = parseFrontMatter(exportArticle(article({ leadImage: img }), 'hexo').content);
    expect(fm.headimg).toBe(img);
    expect(fm.thumbnail).toBe(img);
  });

  it('no usable lead image: no headimg/thumbnail rather than a wrong one', () => {
    for (const leadImage of [undefined, '', '  ', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '/relative.png', 'https://a b.png']) {
      const fm = parseFrontMatter(exportArticle(article({ leadImage }), 'hexo').content);
      expect(Object.keys(fm)).toEqual(['title', 'categories', 'author', 'comments', 'date']);
    }
  });
});

describe('front matter: dates', () => {
  const date = (published: string | undefined, preset = 'hexo') =>
    parseFrontMatter(exportArticle(article({ published }), preset).content).date;

  it('RFC 1123 in GMT for hexo, ISO 8601 UTC for markdown, both strings', () => {
    expect(date('2022-07-25T14:31:46.000Z')).toBe('Mon, 25 Jul 2022 14:31:46 GMT');
    expect(date('2022-07-25T14:31:46.000Z', 'markdown')).toBe('2022-07-25T14:31:46Z');
    expect(date('2022-07-25T14:31:46.123Z', 'markdown')).toBe('2022-07-25T14:31:46.123Z');
  });

  it('just after midnight Beijing is the day before in GMT; the file-name date is Beijing', () => {
    // 2022-07-25 00:05 Beijing time (UTC+8).
    const a = article({ published: '2022-07-24T16:05:00.000Z' });
    expect(parseFrontMatter(exportArticle(a, 'hexo').content).date).toBe('Sun, 24 Jul 2022 16:05:00 GMT');
    expect(exportArticle(a, 'hexo', { filenamePattern: '{date} {title}' }).filename).toBe(`2022-07-25 ${a.title}.md`);
  });

  it('a +08:00 published time is the same instant', () => {
    expect(date('2022-07-25T22:31:46+08:00')).toBe('Mon, 25 Jul 2022 14:31:46 GMT');
  });

  it('no date or an invalid one: no date key rather than a wrong one', () => {
    for (const p of [undefined, '', 'not a date', '2022年07月25日']) {
      const fm = parseFrontMatter(exportArticle(article({ published: p }), 'hexo').content);
      expect(fm).not.toHaveProperty('date');
      expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'thumbnail']);
    }
  });
});
