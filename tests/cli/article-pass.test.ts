/**
 * cli/article-pass.ts: the command line parses only the copy of a page that its first pass makes
 * (what Sina extraction reads, cli/article-reads.ts), and must export exactly what the whole page
 * gives. Every corpus page and every page fixture is converted both ways and compared byte for
 * byte (Hexo, Markdown, --json); hostile shapes are checked by hand and by generated tag soup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleJson } from '../../cli/article-json';
import { createArticlePass } from '../../cli/article-pass';
import { ARTICLE_ROOTS, READ_OUTSIDE_ROOT } from '../../cli/article-reads';
import { extractPage, pageText } from '../../cli/convert-page';
import { closeParsed, jsdomParse, parseDocument } from '../../cli/dom';
import { FIRST_PASS_LIMITS } from '../../cli/page-limits';
import { exportArticle } from '../../utils/export/index';
import { extractArticle } from '../../utils/extract';
import type { ExtractResult } from '../../utils/model';
import { describeCorpus, CORPUS_PAGES, CORPUS_SITES } from '../support/corpus';
import { soup } from './support/tag-soup';

const pass = createArticlePass(READ_OUTSIDE_ROOT, ARTICLE_ROOTS, FIRST_PASS_LIMITS);
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** The path before the first pass existed: the whole page in linkedom, Readability on jsdom for other pages. */
function wholePage(text: string): ExtractResult {
  const res = extractArticle(parseDocument(text), { fallback: false });
  if (res.ok || res.reason !== 'unsupported') return res;
  const spec = jsdomParse(text);
  try {
    return extractArticle(spec, { fallback: true });
  } finally {
    closeParsed(spec);
  }
}

/** The three outputs of `sina-clean` for one result; the reason when there is no article. */
function outputs(res: ExtractResult): string[] {
  if (!res.ok) return [`no article: ${res.reason} ${res.message ?? ''}`];
  return [exportArticle(res.article, 'hexo').content, exportArticle(res.article, 'markdown').content, articleJson(res.article)];
}

function pageFixtures(): string[] {
  const core = path.join(FIXTURES, 'core');
  const cli = path.join(FIXTURES, 'cli');
  return [
    ...fs.readdirSync(core).map((d) => path.join(core, d, 'source.html')).filter((f) => fs.existsSync(f)),
    ...fs.readdirSync(cli).filter((f) => f.endsWith('.html')).map((f) => path.join(cli, f)),
  ];
}

function sameAsWholePage(file: string): void {
  const text = pageText(fs.readFileSync(file));
  const res = extractPage(text, { format: 'hexo', json: false, reparse: jsdomParse });
  const whole = wholePage(text);
  expect(res).toEqual(whole);
  expect(outputs(res)).toEqual(outputs(whole));
  // Every Sina article takes the short way: the whole page is parsed only for the others.
  if (whole.ok && whole.article.template !== 'readability') expect(pass(text).html, 'reduced copy').toBeDefined();
}

describe('page fixtures: the first pass changes no output', () => {
  const files = pageFixtures();
  it('has fixtures to check', () => expect(files.length).toBeGreaterThan(8));
  for (const f of files) it(path.relative(FIXTURES, f), () => sameAsWholePage(f));
});

describeCorpus('corpus pages: the first pass changes no output', () => {
  const files = [CORPUS_PAGES, CORPUS_SITES].flatMap((d) => fs.readdirSync(d).filter((f) => /\.s?html?$/.test(f)).map((f) => path.join(d, f)));
  it('has pages to check', () => expect(files.length).toBeGreaterThan(30));
  for (const f of files) it(path.basename(f), () => sameAsWholePage(f), 30_000);
});

/** Everything a selector of READ_OUTSIDE_ROOT finds, with its ancestors, plus the document element. */
function reads(doc: Document): string[] {
  const chain = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) parts.push(`${e.tagName}${[...e.attributes].map((a) => ` ${a.name}=${a.value}`).join('')}`);
    return parts.join(' < ');
  };
  const root = doc.documentElement;
  const out = [`root: ${root ? chain(root) : 'none'} first: ${root?.firstElementChild?.tagName ?? 'none'}`];
  for (const sel of READ_OUTSIDE_ROOT) for (const el of doc.querySelectorAll(sel)) out.push(`${sel} → ${chain(el)} :: ${el.outerHTML}`);
  return out;
}

describe('hostile shapes', () => {
  const article = '<div id="artibody"><p>正文第一段</p><p>正文第二段</p></div>';
  const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>标题_新浪财经_新浪网</title></head><body><h1 class="main-title">标题</h1>${body}</body></html>`;

  it('keeps the article root, the metadata and the document element; drops the rest', () => {
    const html = page(`<div class="nav"><ul><li>导航</li></ul></div><div class="date-source"><span class="date">2024年05月16日 17:02</span></div>${article}<script>ads()</script>`);
    const { html: reduced } = pass(html);
    expect(reduced).toBe('<html lang="zh-CN"><head><title>标题_新浪财经_新浪网</title></head><body><h1 class="main-title">标题</h1>'
      + '<div class="date-source"><span class="date">2024年05月16日 17:02</span></div>' + article + '</body></html>');
    expect(reads(parseDocument(reduced!))).toEqual(reads(parseDocument(html)));
  });

  it('no article root: no copy, the whole page is read', () => {
    const html = page('<div id="content"><p>x</p></div>');
    expect(pass(html)).toEqual({ html: undefined, elements: 7, whole: 'no article root' });
    const res = extractPage(html, { format: 'hexo', json: false });
    expect(res).toEqual(wholePage(html));
  });

  it('a kept element closed implicitly (by a parent\'s end tag) gives up the copy', () => {
    const html = page(`<div class="wrap"><p class="article-editor">责任编辑：王蒙</div>${article}`);
    expect(pass(html).whole).toBe('implied end');
    expect(extractPage(html, { format: 'hexo', json: false })).toEqual(wholePage(html));
  });

  it('a kept element closed implicitly by a sibling\'s start tag gives up the copy', () => {
    expect(pass(page(`<p class="article-editor">责任编辑：王蒙<div>x</div>${article}`)).whole).toBe('implied end');
  });

  it('a root left open at the end of the file is copied to the end', () => {
    const html = `<html><head><title>t</title></head><body><h1 class="main-title">t</h1><div id="artibody"><p>一<p>二<div>三`;
    const { html: reduced } = pass(html);
    expect(reduced).toBe('<html><head><title>t</title></head><body><h1 class="main-title">t</h1><div id="artibody"><p>一<p>二<div>三');
    expect(reads(parseDocument(reduced!))).toEqual(reads(parseDocument(html)));
  });

  it('implicitly closed elements inside the root are copied as written', () => {
    const html = page(`<div id="artibody"><p>一<p>二<table><tr><td>a<td>b<tr><td>c</table><ul><li>x<li>y</ul></div>`);
    expect(pass(html).html).toBeDefined();
    expect(reads(parseDocument(pass(html).html!))).toEqual(reads(parseDocument(html)));
    expect(extractPage(html, { format: 'hexo', json: false })).toEqual(wholePage(html));
  });

  it('nested roots of the same tag: the outer one is kept whole, and is the one read', () => {
    const html = page('<div id="artibody"><div id="artibody"><p>内</p></div><p>外</p></div>');
    const res = extractPage(html, { format: 'hexo', json: false });
    expect(res).toEqual(wholePage(html));
    expect(res.ok && res.article.html).toContain('外');
  });

  it('an article root inside a skipped-looking wrapper and an SVG is still found', () => {
    const html = page(`<svg><g><foreignObject><div id="artibody"><p>一</p><br/><p>二</p></div></foreignObject></g></svg>`);
    expect(pass(html).html).toBeDefined();
    expect(reads(parseDocument(pass(html).html!))).toEqual(reads(parseDocument(html)));
  });

  it('an SVG left open before the root (self-closing tags read differently there) gives up the copy', () => {
    const html = page(`<div><svg><circle/></div><div id="artibody"><p/>一<p>二</p></div>`);
    expect(pass(html).whole).toBe('foreign context');
    expect(extractPage(html, { format: 'hexo', json: false })).toEqual(wholePage(html));
  });

  it('a stray </title> before the root gives up the copy', () => {
    expect(pass(page(`</title><div id="artibody"><p>一</p></div>`)).whole).toBe('foreign context');
  });

  it('attributes of the ancestors are written back escaped', () => {
    const html = `<html lang='a"b&amp;c' data-x="<>"><head></head><body class="a&quot;b"><div id="artibody"><p>一</p></div></body></html>`;
    expect(reads(parseDocument(pass(html).html!))).toEqual(reads(parseDocument(html)));
  });

  it('end tags in comments, scripts and attribute values do not end a kept element', () => {
    const html = page(`<div id="artibody" data-x="</div>"><!-- </div> --><script>var s = "</div>";</script><p>一</p></div>`);
    expect(reads(parseDocument(pass(html).html!))).toEqual(reads(parseDocument(html)));
  });

  it('limits are still refused in the same pass', () => {
    const tiny = createArticlePass(READ_OUTSIDE_ROOT, ARTICLE_ROOTS, { depth: 3, elements: 5, nodes: 100, attributes: 5, text: 100 });
    expect(() => tiny('<div><div><div><div id="artibody">x</div></div></div></div>')).toThrow('3 levels deep');
    expect(() => tiny('<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p>')).toThrow('5 elements');
  });
});

describe('generated tag soup: the copy answers every read like the whole page', () => {
  it.each(Array.from({ length: 400 }, (_, i) => i + 1))('soup %i', (seed) => {
    const html = soup(seed);
    const { html: reduced } = pass(html);
    if (reduced === undefined) return;
    expect(reads(parseDocument(reduced)), html).toEqual(reads(parseDocument(html)));
    const a = extractArticle(parseDocument(reduced), { fallback: false });
    if (a.ok) expect(a, html).toEqual(extractArticle(parseDocument(html), { fallback: false }));
  });

  it('most soups keep a copy (the check above is not vacuous)', () => {
    const kept = Array.from({ length: 400 }, (_, i) => pass(soup(i + 1)).html).filter((h) => h !== undefined);
    expect(kept.length).toBeGreaterThan(120);
  });
});
