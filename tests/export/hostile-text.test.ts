// @vitest-environment jsdom
/**
 * Article TEXT that looks like markup or template syntax (tests/fixtures/export/hostile-text/body.html:
 * `&lt;script&gt;`, `&lt;img onerror&gt;`, `{{ page.title }}`, `{% raw %}` … in paragraphs, headings,
 * links, image alt and title, captions, table cells, quotes, lists, sup and code) stays text in every
 * export written as a `.md` file. Each such preset through exportArticle (the entry point of the popup,
 * the clipper and `sina-clean`), rendered by marked as Hexo renders it (raw HTML passes through, as in
 * markdown-it with `html: true`) and by Markdown.pl's rules, gives no element or attribute that runs
 * script or loads a frame, the same links and pictures as the page, the page's words with its spaces,
 * and no `{{`, `{%`, `{#` for Hexo's Nunjucks, Jekyll's Liquid or Hugo's shortcodes to read.
 * The same holds on a real Sina page carrying that body: extracted here, and by the built `sina-clean`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportArticle, PRESETS } from '../../utils/export';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/model';
import { createSanitizer } from '../../utils/sanitize';
import { buildCli, runCli } from '../cli/support/cli';
import { describeCorpus } from '../support/corpus';
import { pageFromPost } from '../core/helpers/page-from-post';
import { FIXTURES, splitPost } from './helpers';
import { activeContent, checkExport, htmlDocument, render, RENDERERS } from './rendered';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const DIR = path.join(FIXTURES, 'hostile-text');
const BODY = readFileSync(path.join(DIR, 'body.html'), 'utf8');
const article = JSON.parse(readFileSync(path.join(DIR, 'article.json'), 'utf8')) as Article;
const MARKDOWN_PRESETS = PRESETS.filter((p) => p.extension === 'md').map((p) => p.id);
const URL = 'https://finance.sina.com.cn/stock/2023-01-10/doc-imxzvkph1234567.shtml';
/** A real Sina page (from the corpus) carrying the hostile body: read only inside the corpus guard. */
const page = (): string => pageFromPost({ title: article.title, body: BODY, dateText: '2023年01月10日 10:05', source: '证券时报', url: URL });

function extracted(): Article {
  const doc = new JSDOM(page(), { virtualConsole: new VirtualConsole() }).window.document;
  const r = extractArticle(doc, { url: URL });
  if (!r.ok) throw new Error(r.message);
  return r.article;
}

describe('hostile article text in every .md export', () => {
  const page = htmlDocument(article.html);

  it('the fixture is the sanitizer output of body.html, with what the checks count on', () => {
    expect(article.html).toBe(sanitize(BODY));
    expect(MARKDOWN_PRESETS).toEqual(['hexo', 'hexo-full', 'markdown']);
    expect([page.querySelectorAll('a').length, page.querySelectorAll('img').length]).toEqual([4, 1]);
    expect(activeContent(page)).toEqual([]);
    expect(page.body.textContent).toContain('<script>alert(1)</script>');
    expect(page.body.textContent).toContain('{{ page.title }}');
  });

  it.each(MARKDOWN_PRESETS)('%s: text stays text after marked, no template tags', (preset) => {
    checkExport(exportArticle(article, preset).content, page);
  });

  it('markdown: the words between links keep their spaces', () => {
    const doc = render(splitPost(exportArticle(article, 'markdown').content).body, RENDERERS[0]!);
    const p = doc.querySelector('a[href$="b.shtml"]')?.parentElement;
    expect(p?.textContent).toBe('链接 <img src=x onerror=alert(13)> {{ x }} js2 c d');
  });
});

describeCorpus('hostile article text on a real Sina page', () => {
  const a = extracted();
  const source = htmlDocument(a.html);

  it('extraction keeps the hostile text as text', () => {
    expect(source.body.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(source.body.textContent).toContain('{% raw %}');
    expect(activeContent(source)).toEqual([]);
  });

  it.each(MARKDOWN_PRESETS)('%s: extracted and exported, text stays text', (preset) => {
    checkExport(exportArticle(a, preset).content, source);
  });
});

describeCorpus('hostile article text through the built sina-clean', () => {
  let file = '';
  let source: Document;
  beforeAll(() => {
    buildCli();
    file = path.join(mkdtempSync(path.join(tmpdir(), 'sina-clean-hostile-')), 'page.html');
    writeFileSync(file, page());
    const json = runCli([file, '--json']);
    if (json.code !== 0) throw new Error(json.stderr);
    source = htmlDocument((JSON.parse(json.stdout) as { html: string }).html);
  }, 120_000);

  it.each(MARKDOWN_PRESETS)('--format %s: text stays text', (format) => {
    const r = runCli([file, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    checkExport(r.stdout, source);
  });
});
