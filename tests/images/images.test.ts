// @vitest-environment jsdom
/**
 * Image planning and link rewriting on real archived bodies (../shared/corpus/posts: real
 * `#artibody` HTML, 2021–2023), sanitized through the one door and exported by the real presets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CORPUS_POSTS as POSTS, describeCorpus, hasCorpus, itCorpus } from '../support/corpus';
import { createSanitizer } from '@/utils/sanitize';
import { exportArticle } from '@/utils/export';
import type { Article } from '@/utils/model';
import { collectImageUrls, imageExtension, imageFolder, linkForPath, planImages, rewriteImageLinks, splitFrontMatter } from '@/utils/images';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

function body(file: string): string {
  const text = fs.readFileSync(path.join(POSTS, file), 'utf8');
  return splitFrontMatter(text.replace(/^\s+/, '')).body;
}

function article(html: string, over: Partial<Article> = {}): Article {
  return {
    title: '1-2月中国经济“成绩单”亮眼', url: 'https://finance.sina.com.cn/china/gncj/2022-03-17/doc-imcwiwss6487390.shtml',
    docId: 'imcwiwss6487390', published: '2022-03-17T06:09:57.000Z', categories: ['新浪财经－国內'], tags: [],
    html, template: 'sina-desktop', ...over,
  };
}

/** What a real DOM sees: every <img> with an http(s) src, resolved, deduplicated. */
function domImageUrls(html: string): string[] {
  const doc = new JSDOM(`<body>${html}`).window.document;
  const urls = [...doc.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? '').filter((s) => /^https?:/i.test(s.trim()));
  return [...new Set(urls.map((u) => new URL(u.trim()).href))];
}

const postFiles = hasCorpus ? fs.readdirSync(POSTS).filter((f) => f.endsWith('.md')) : [];

describe('collectImageUrls', () => {
  itCorpus('finds exactly the images a DOM parser finds, on every corpus post', () => {
    let total = 0;
    for (const f of postFiles) {
      const html = sanitize(body(f));
      const got = collectImageUrls(html);
      expect(got, f).toEqual(domImageUrls(html));
      total += got.length;
    }
    expect(total).toBeGreaterThan(30);
  });

  it('skips data:, relative and javascript: sources, decodes &amp; and keeps order', () => {
    const html = '<p><img alt="a > b" src="https://n.sinaimg.cn/x/1.jpg?a=1&amp;b=2"><img src="data:image/png;base64,AAAA">'
      + '<img src="/rel.png"><img src=\'https://n.sinaimg.cn/x/2.png\'><img src="https://n.sinaimg.cn/x/1.jpg?a=1&amp;b=2"></p>';
    expect(collectImageUrls(html)).toEqual(['https://n.sinaimg.cn/x/1.jpg?a=1&b=2', 'https://n.sinaimg.cn/x/2.png']);
  });
});

describe('planImages / imageFolder', () => {
  it('numbers images in order with the extension their URL names', () => {
    const plan = planImages(['https://n.sinaimg.cn/a/b.PNG', 'https://n.sinaimg.cn/a/c.jpeg?x=1', 'https://n.sinaimg.cn/a/noext', 'https://n.sinaimg.cn/a/d.php'], 'post');
    expect(plan.map((p) => p.path)).toEqual(['post/1.png', 'post/2.jpg', 'post/3.jpg', 'post/4.jpg']);
    expect(imageExtension('https://n.sinaimg.cn/a/x.webp')).toBe('webp');
  });

  it('expands the folder pattern and makes every segment safe', () => {
    const a = article('', { title: '../../etc/passwd' });
    expect(imageFolder('{name}', '央行：降准.md', a)).toBe('央行：降准');
    expect(imageFolder('assets/{docid}', 'x.md', a)).toBe('assets/imcwiwss6487390');
    expect(imageFolder('{date}/{name}', 'x.md', a)).toBe('2022-03-17/x');
    const evil = imageFolder('{title}', 'x.md', a);
    expect(evil.split('/').every((s) => s !== '..' && s !== '.' && s !== '')).toBe(true);
    expect(imageFolder('{title}', 'x.md', article('', { title: 'CON' }))).toBe('CON_');
  });

  it('link paths escape what would end a Markdown link or an attribute', () => {
    expect(linkForPath('我的 文章 (1)/1.jpg')).toBe('我的%20文章%20%281%29/1.jpg');
    expect(linkForPath(`a"b'c#d?e/1.png`)).toBe('a%22b%27c%23d%3Fe/1.png');
    expect(linkForPath('全角\u3000空格/1.jpg')).toBe('全角%E3%80%80空格/1.jpg');
  });
});

describeCorpus('rewriteImageLinks on real exports', () => {
  const html = sanitize(body('sina-economy-q1-blockquote-captions-kaihu.md'));
  const urls = collectImageUrls(html);
  const a = article(html, { leadImage: urls[0] });

  it('points the body of a Hexo post at the saved files, front matter stays remote', () => {
    expect(urls.length).toBeGreaterThanOrEqual(3);
    const post = exportArticle(a, 'hexo');
    const saved = new Map(urls.map((u, i) => [u, `我的 文章/${i + 1}.jpg`]));
    const out = rewriteImageLinks(post.content, saved);
    const { head, body: b } = splitFrontMatter(out);
    expect(head).toBe(splitFrontMatter(post.content).head);
    expect(head).toContain(urls[0]);
    const doc = new JSDOM(`<body>${b}`).window.document;
    const srcs = [...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(urls.map((_, i) => `我的%20文章/${i + 1}.jpg`));
  });

  it('a failed image keeps its remote link; the others are local (Markdown)', () => {
    const post = exportArticle(a, 'markdown');
    const failed = urls[1] as string;
    const saved = new Map(urls.filter((u) => u !== failed).map((u) => [u, `p/${urls.indexOf(u) + 1}.jpg`]));
    const { body: b } = splitFrontMatter(rewriteImageLinks(post.content, saved));
    const links = [...b.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
    expect(links).toEqual(urls.map((u, i) => (u === failed ? failed : `p/${i + 1}.jpg`)));
  });

  it('never rewrites into a longer URL that merely starts with a saved one', () => {
    const text = '<img src="https://n.sinaimg.cn/a.jpg?w=640"> <img src="https://n.sinaimg.cn/a.jpg"> ![](https://n.sinaimg.cn/a.jpg)';
    const out = rewriteImageLinks(text, new Map([['https://n.sinaimg.cn/a.jpg', 'p/1.jpg']]));
    expect(out).toBe('<img src="https://n.sinaimg.cn/a.jpg?w=640"> <img src="p/1.jpg"> ![](p/1.jpg)');
  });

  it('with nothing saved the post is unchanged', () => {
    const post = exportArticle(a, 'hexo');
    expect(rewriteImageLinks(post.content, new Map())).toBe(post.content);
  });
});
