/**
 * The seed (../shared/seed/seed-post.md): an article built from the seed's own values exports to
 * the seed's front matter — same keys, same order, same values once parsed with `yaml`.
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import { article, parseFrontMatter, SHARED, splitPost } from './helpers';

const seed = readFileSync(path.join(SHARED, 'seed/seed-post.md'), 'utf8');
const seedFm = parseFrontMatter(seed);

/** The seed's first paragraphs and picture, as the cleaner leaves them (no QR block, no editor line). */
const CLEAN_BODY =
  '<p>　　原标题：景俊海韩俊率队与国家有关部委举行工作会谈</p>\n<p>　　来源：吉林省人民政府网</p>\n' +
  '<div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/crawl/677/w550h127/20220725/036e-eb35d114f623e700d84d11c4bc3a6cce.png" alt="" referrerpolicy="no-referrer"></div>\n' +
  '<p>　　国家卫生健康委副主任于学军，省领导李伟、吴靖平，省政府秘书长安桂武参加有关活动。（黄鹭）</p>';

const seedArticle = article({ html: CLEAN_BODY });

describe('hexo export of the seed', () => {
  const file = exportArticle(seedArticle, 'hexo');
  const fm = parseFrontMatter(file.content);

  it("writes the seed's front matter values", () => {
    expect(fm).toEqual(seedFm);
  });

  it("writes the seed's keys in the seed's order", () => {
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail']);
    expect(Object.keys(fm)).toEqual(Object.keys(seedFm));
  });

  it('looks like the seed line by line where YAML allows', () => {
    const { yaml } = splitPost(file.content);
    expect(yaml.split('\n')).toEqual([
      "title: '景俊海韩俊率队与国家有关部委举行工作会谈'",
      'categories:',
      ' - 金融',
      ' - 新浪财经',
      ' - 新浪财经－国內',
      "headimg: 'https://n.sinaimg.cn/finance/crawl/677/w550h127/20220725/036e-eb35d114f623e700d84d11c4bc3a6cce.png'",
      'author: 新浪财经',
      'comments: false',
      'date: Mon, 25 Jul 2022 14:31:46 GMT',
      "thumbnail: 'https://n.sinaimg.cn/finance/crawl/677/w550h127/20220725/036e-eb35d114f623e700d84d11c4bc3a6cce.png'",
    ]);
  });

  it('wraps the clean body in <div> … </div> like the seed', () => {
    const { body } = splitPost(file.content);
    expect(body).toBe(`\n<div>\n${CLEAN_BODY}\n</div>\n`);
    expect(file.filename).toBe('景俊海韩俊率队与国家有关部委举行工作会谈.md');
    expect(file.mime).toBe('text/markdown;charset=utf-8');
  });

  it('parses the date back as a string equal to new Date(published).toUTCString()', () => {
    expect(typeof fm.date).toBe('string');
    expect(fm.date).toBe(new Date('2022-07-25T14:31:46.000Z').toUTCString());
  });
});
