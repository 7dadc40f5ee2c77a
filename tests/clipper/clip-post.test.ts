// @vitest-environment jsdom
/**
 * The save pipeline (prepare in the page, finish in the background) on a real archived body, with
 * the downloads replaced by recording fakes: images first, post last, failed images stay remote.
 * @corpus-only: every test here reads ../shared (tests/support/corpus.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { finishClip } from '@/utils/clip-post';
import { prepareClip } from '@/utils/clip-prepare';
import { savedPath, saveImages } from '@/utils/save-images';
import { exportArticle } from '@/utils/export';
import { collectImageUrls, imageExtension, splitFrontMatter } from '@/utils/images';
import type { Article } from '@/utils/model';
import { createSanitizer } from '@/utils/sanitize';
import { normalizeSettings, type Settings } from '@/utils/settings';

const POST = path.resolve(__dirname, '../../../shared/corpus/posts/sina-economy-q1-blockquote-captions-kaihu.md');
const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const html = sanitize(splitFrontMatter(fs.readFileSync(POST, 'utf8').trimStart()).body);
const urls = collectImageUrls(html);
const article: Article = {
  title: '1-2月中国经济“成绩单”亮眼，专家解读如何延续势头？', url: 'https://finance.sina.com.cn/china/2022-03-17/doc-imcwiwss6487390.shtml',
  docId: 'imcwiwss6487390', published: '2022-03-17T06:09:57.000Z', categories: ['新浪财经－国內'], tags: ['GDP'],
  leadImage: urls[0], html, template: 'sina-desktop',
};
const local = (over: object = {}): Settings => normalizeSettings({ version: 2, images: { mode: 'local' }, ...over });

describe('prepareClip', () => {
  it('remote mode (the default): exactly exportArticle, no images to fetch', () => {
    const s = normalizeSettings(undefined);
    expect(prepareClip(article, s)).toEqual({ file: exportArticle(article, 'hexo'), images: [] });
  });

  it('applies the preset overrides of the chosen preset', () => {
    const s = normalizeSettings({ version: 2, defaultPreset: 'markdown', presets: { markdown: { author: '我', filenamePattern: '{docid}' } } });
    const { file } = prepareClip(article, s);
    expect(file.filename).toBe('imcwiwss6487390.md');
    expect(file.content).toContain('\nauthor: 我\n');
  });

  it('local mode plans every body image into <post name>/<n>.<ext>', () => {
    const { file, images } = prepareClip(article, local());
    const folder = file.filename.replace(/\.md$/, '');
    expect(images.map((i) => i.url)).toEqual(urls);
    expect(images.map((i) => i.path)).toEqual(urls.map((u, n) => `${folder}/${n + 1}.${imageExtension(u)}`));
  });

  it('the html preset keeps remote images (its CSP allows only http(s) images)', () => {
    expect(prepareClip(article, local({ defaultPreset: 'html' })).images).toEqual([]);
  });
});

describe('finishClip', () => {
  it('saves images first, then the post pointing at them; a failed image keeps its remote link', async () => {
    const { file, images } = prepareClip(article, local({ images: { mode: 'local', folderPattern: 'img/{docid}' } }));
    const order: string[] = [];
    const failing = urls[1];
    const download = vi.fn(async (url: string, p: string) => {
      order.push(p);
      return url === failing ? { ok: false as const, error: 'SERVER_FORBIDDEN' } : { ok: true as const, filename: `/home/u/Downloads/${p}` };
    });
    let written = '';
    const saveFile = vi.fn(async (f: { filename: string; content: string }) => {
      order.push(f.filename);
      written = f.content;
      return { ok: true as const, filename: `/home/u/Downloads/${f.filename}` };
    });
    const out = await finishClip({ file, images }, { saveFile, download });
    expect(out).toEqual({ ok: true, filename: `/home/u/Downloads/${file.filename}`, images: { saved: urls.length - 1, failed: [{ url: failing, error: 'SERVER_FORBIDDEN' }] } });
    expect(order.at(-1)).toBe(file.filename);
    const body = splitFrontMatter(written).body;
    const srcs = [...new JSDOM(body).window.document.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(urls.map((u, n) => (u === failing ? u : `img/imcwiwss6487390/${n + 1}.${imageExtension(u)}`)));
    expect(splitFrontMatter(written).head).toBe(splitFrontMatter(file.content).head);
  });

  it('reports a post that could not be saved', async () => {
    const out = await finishClip(prepareClip(article, normalizeSettings(undefined)), {
      saveFile: async () => ({ ok: false, error: 'USER_CANCELED' }),
      download: async () => ({ ok: false, error: 'unused' }),
    });
    expect(out).toEqual({ ok: false, error: 'USER_CANCELED' });
  });
});

describe('saveImages', () => {
  it('links follow the names the browser really gave (a duplicate renamed by uniquify)', async () => {
    const plan = [{ url: 'https://n.sinaimg.cn/a.jpg', path: '文章/1.jpg' }, { url: 'https://n.sinaimg.cn/b.png', path: '文章/2.png' }];
    const out = await saveImages(plan, async (_u, p) => ({ ok: true, filename: `C:\\Users\\u\\Downloads\\${p.replace('1.jpg', '1 (1).jpg').replace('/', '\\')}` }));
    expect([...out.saved]).toEqual([['https://n.sinaimg.cn/a.jpg', '文章/1 (1).jpg'], ['https://n.sinaimg.cn/b.png', '文章/2.png']]);
    expect(savedPath('a/b/3.gif', '/x/3.gif')).toBe('a/b/3.gif');
  });

  it('never runs more than two downloads at once and keeps plan order in the result', async () => {
    let running = 0;
    let peak = 0;
    const plan = Array.from({ length: 7 }, (_, i) => ({ url: `https://n.sinaimg.cn/${i}.jpg`, path: `p/${i + 1}.jpg` }));
    const out = await saveImages(plan, async (_u, p) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 10));
      running--;
      return { ok: true, filename: p };
    });
    expect(peak).toBe(2);
    expect([...out.saved.values()]).toEqual(plan.map((p) => p.path));
  });
});
