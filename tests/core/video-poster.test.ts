/**
 * Video articles keep their video as its poster picture, linked to the video's page, with the
 * video's title as caption; the player markup goes. The poster is the lead image only when the
 * article has no other picture. Fixture tests/fixtures/core/desktop-video-only (a 2021 video
 * article in the shape of posts/sina-marriage-video-only-one-para.md with the player as the
 * page renders it), the corpus pages with a player, and `repair` on a post body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArtibody } from '../../utils/clean-fragment';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/model';
import { repairPost } from '../../utils/repair/repair-post';
import { htmlDoc, loadPageShared, parse } from './helpers/corpus';
import { describeCorpus } from '../support/corpus';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/core');

function ok(r: ReturnType<typeof extractArticle>): Article {
  if (!r.ok) throw new Error(`${r.reason} ${r.message}`);
  return r.article;
}

/** [poster src, link href or null, caption] of each picture frame. */
function frames(html: string): [string | null, string | null, string][] {
  return [...htmlDoc(html).querySelectorAll('.img_wrapper')].map((w) => [
    w.querySelector('img')?.getAttribute('src') ?? null,
    w.querySelector('a')?.getAttribute('href') ?? null,
    w.querySelector('.img_descr')?.textContent ?? '',
  ]);
}

const POSTER = 'https://n.sinaimg.cn/finance/crawl/200/w640h360/20210421/test-poster.jpg';
const VIDEO_PAGE = 'http://video.sina.com.cn/p/finance/2021-04-21/detail-ikmxtest0000006.d.html';

describe.each(['happy-dom', 'linkedom'] as const)('desktop-video-only (%s)', (kind) => {
  const a = ok(extractArticle(parse(fs.readFileSync(path.join(FIXTURES, 'desktop-video-only/source.html'), 'utf8'), kind), {}));

  it('keeps the poster, linked to the video page, captioned with the video title', () => {
    expect(frames(a.html)).toEqual([[POSTER, VIDEO_PAGE, '视频-年轻人为何开始存钱']]);
  });
  it('the player markup goes', () => {
    expect(htmlDoc(a.html).querySelector('.video-2017, .play-video-area, .video-info, em, script')).toBeNull();
    expect(a.html).not.toContain('javascript:');
  });
  it('the poster is the lead image of an article without other pictures', () => expect(a.leadImage).toBe(POSTER));
});

describeCorpus('corpus pages with a video player', () => {
  it('gne-news-2019-10-23: the poster and its video page; the lead image stays the first article picture', () => {
    const a = ok(extractArticle(loadPageShared('gne-news-2019-10-23-iicezuev4202091.html'), {}));
    expect(frames(a.html)[0]).toEqual([
      'https://n.sinaimg.cn/news/crawl/200/w640h360/20191023/00f3-ihfpfwa8298764.jpg',
      'http://video.sina.com.cn/p/news/2019-10-23/detail-iicezzrr4251736.d.html',
      '视频-陈同佳出狱 鞠躬说“对不起”',
    ]);
    expect(a.leadImage).toBe('https://n.sinaimg.cn/news/transform/185/w550h435/20191023/07ad-ihfpfwa8214890.png');
  });

  it('gne-tech-old (.artical-player-wrap): the playlist picture, captioned, no link (the page gives none)', () => {
    const a = ok(extractArticle(loadPageShared('gne-tech-old-artibodyTitle-2019-09-11-iicezzrq4972166.html'), {}));
    const video = frames(a.html).filter(([src]) => src?.includes('ivideo.sina.com.cn'));
    expect(video).toEqual([['https://p.ivideo.sina.com.cn/video/303/737/494/303737494_400_300.jpg', null, '苹果发布新iPhone 11：配6种颜色']]);
    expect(htmlDoc(a.html).querySelector('.artical-player-wrap, video, input, label')).toBeNull();
    expect(a.leadImage).not.toContain('ivideo.sina.com.cn');
  });
});

describe('repair of an archived video post', () => {
  const body = fs.readFileSync(path.join(FIXTURES, 'desktop-video-only/source.html'), 'utf8').split(/<div class="article" id="artibody">|<\/div>\s*<\/body>/)[1] ?? '';
  const post = `\n---\ntitle: '测试：调查显示年轻人储蓄意愿上升'\ncategories: \n - 金融\n - 新浪财经\nheadimg: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'\nauthor: 新浪财经\ncomments: false\ndate: Wed, 21 Apr 2021 03:30:15 GMT\nthumbnail: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'\n---\n\n<div>${body}</div>\n`;
  const deps = { parseDocument: (html: string) => parseHTML(html).document as unknown as Document, cleanArtibody };

  it('keeps the poster in the body and makes it headimg/thumbnail instead of the QR code', () => {
    const out = repairPost(post, { add: [] }, deps);
    if (out.status !== 'repaired') throw new Error(JSON.stringify(out));
    expect(out.content).toContain(`headimg: '${POSTER}'`);
    expect(out.content).toContain(`thumbnail: '${POSTER}'`);
    expect(frames(out.content.split('---\n')[2] ?? '')).toEqual([[POSTER, VIDEO_PAGE, '视频-年轻人为何开始存钱']]);
  });
});
