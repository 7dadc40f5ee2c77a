/** Shared helpers for the export tests (not a test file itself). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { exportArticle } from '../../utils/export';
import type { Article } from '../../utils/model';

export { SHARED } from '../../support/corpus-paths';
export const FIXTURES = path.resolve(__dirname, '../fixtures/export');

/** Split a post into its front-matter text and body, the way Hexo does (`---` lines). */
export function splitPost(content: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n([\s\S]*)$/.exec(content.replace(/^\s*\n/, ''));
  if (!m) throw new Error(`no front matter in:\n${content.slice(0, 200)}`);
  return { yaml: m[1]!, body: m[2]! };
}

/** Front matter parsed with `yaml` as YAML 1.2 and as YAML 1.1 (js-yaml/Hexo rules); both must agree. */
export function parseFrontMatter(content: string): Record<string, unknown> {
  const { yaml } = splitPost(content);
  const v12 = parse(yaml) as Record<string, unknown>;
  const v11 = parse(yaml, { version: '1.1' }) as Record<string, unknown>;
  if (JSON.stringify(v11) !== JSON.stringify(v12)) {
    throw new Error(`YAML 1.1 and 1.2 disagree:\n${JSON.stringify(v11)}\n${JSON.stringify(v12)}`);
  }
  return v12;
}

export function article(over: Partial<Article> = {}): Article {
  return {
    title: '景俊海韩俊率队与国家有关部委举行工作会谈',
    url: 'https://finance.sina.com.cn/china/2022-07-25/doc-imizirav5391234.shtml',
    docId: 'imizirav5391234',
    published: '2022-07-25T14:31:46.000Z',
    source: '吉林省人民政府网',
    editor: '王蒙',
    originalTitle: '景俊海韩俊率队与国家有关部委举行工作会谈',
    categories: ['新浪财经－国內'],
    tags: ['新产业', 'sz300832'],
    leadImage: 'https://n.sinaimg.cn/finance/crawl/677/w550h127/20220725/036e-eb35d114f623e700d84d11c4bc3a6cce.png',
    html: '<p>　　正文。</p>',
    template: 'sina-desktop',
    siteName: '新浪财经',
    lang: 'zh-CN',
    ...over,
  };
}

/** Every fixture case with an `expected.md`, for re-running the Markdown goldens in other DOMs. */
export function markdownGoldenCases(): { name: string; expected: string; actual: () => string }[] {
  const names = readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'expected.md')));
  if (names.length < 7) throw new Error(`only ${names.length} Markdown goldens found in ${FIXTURES}`);
  return names.map((name) => {
    const article = JSON.parse(readFileSync(path.join(FIXTURES, name, 'article.json'), 'utf8')) as Article;
    const expected = readFileSync(path.join(FIXTURES, name, 'expected.md'), 'utf8');
    return { name, expected, actual: () => exportArticle(article, 'markdown').content };
  });
}
