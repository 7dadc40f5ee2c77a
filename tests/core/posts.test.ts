/**
 * Every real archived post body (../shared/corpus/posts/sina-*.md, real #artibody HTML of
 * 2021–2023) put back into the 2018+ desktop page: all paragraphs (text), images, tables,
 * captions and real blockquotes come out; the QR block, styles, comments, quote spans,
 * kaihu promos and the editor line do not.
 */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/model';
import { hasCorpus, htmlDoc, htmlText, parse, POSTS, squash } from './helpers/corpus';
import { pageFromPost, readPost } from './helpers/page-from-post';

const posts = hasCorpus ? fs.readdirSync(POSTS).filter((f) => /^sina-.*\.md$/.test(f)).sort() : [];

/** Blocks of a post body that are not article (written here independently of the rules). */
const NOT_ARTICLE = '.appendQr_wrap, .app-kaihu-qr, p.article-editor, p.jqlblock_cls, style, script';

function isPromoQuote(bq: Element): boolean {
  return bq.querySelector('p.jqlblock_cls') !== null || squash(bq.textContent).startsWith('炒股就看');
}

function inside(el: Element, sel: string): boolean {
  return el.closest(sel) !== null;
}

function extractPost(file: string): { article: Article; source: Document } {
  const post = readPost(file);
  const html = pageFromPost({ title: post.title, body: post.body, dateText: '2022年01月01日 08:00' });
  // linkedom, the command line's parser (happy-dom is covered by the corpus page tests)
  const r = extractArticle(parse(html, 'linkedom'), {});
  if (!r.ok) throw new Error(`${file}: ${r.message}`);
  return { article: r.article, source: htmlDoc(post.body) };
}

describeCorpus('archived posts in a 2018+ page', () => {
  it('finds the 55+ sina posts', () => expect(posts.length).toBeGreaterThan(50));

  for (const file of posts) {
    it(file, () => {
      const { article, source } = extractPost(file);
      const out = htmlDoc(article.html);
      const text = squash(htmlText(article.html));
      expect(article.template).toBe('sina-desktop');
      expect(article.title).toBe(readPost(file).title);
      // paragraphs (text) — except the non-article blocks and hidden text
      for (const p of source.querySelectorAll('p')) {
        if (inside(p, NOT_ARTICLE) || inside(p, 'blockquote') && isPromoQuote(p.closest('blockquote') as Element)) continue;
        const copy = p.cloneNode(true) as Element;
        for (const q of copy.querySelectorAll('span[id^=quote_]')) q.remove();
        expect(text, `${file}: ${squash(copy.textContent).slice(0, 30)}`).toContain(squash(copy.textContent));
      }
      // images (absolute, no-referrer), tables, captions, real blockquotes
      const srcs = [...out.querySelectorAll('img')].map((i) => i.getAttribute('src'));
      for (const img of source.querySelectorAll('img')) {
        if (inside(img, NOT_ARTICLE)) continue;
        const src = img.getAttribute('src') ?? '';
        expect(srcs).toContain(src.startsWith('//') ? 'https:' + src : src);
      }
      expect(out.querySelectorAll('table').length).toBe(source.querySelectorAll('table').length);
      for (const cap of source.querySelectorAll('.img_descr')) expect(text).toContain(squash(cap.textContent));
      const realQuotes = [...source.querySelectorAll('blockquote')].filter((b) => !isPromoQuote(b));
      expect(out.querySelectorAll('blockquote').length).toBe(realQuotes.length);
      // junk gone
      expect(out.querySelectorAll('style, script, iframe, .appendQr_wrap, [class*=kaihu], span[id^=quote_], p.article-editor, p.jqlblock_cls').length).toBe(0);
      expect(article.html).not.toContain('<!--');
      expect(text).not.toMatch(/责任编辑|海量资讯、精准解读|炒股就看/);
      for (const i of out.querySelectorAll('img')) expect(i.getAttribute('referrerpolicy')).toBe('no-referrer');
      // the editor line became metadata
      // (the name only: Sina's staff code "SF055" after it is not part of the name)
      const editorLine = squash(source.querySelector('p.article-editor')?.textContent).replace(/^责任编辑：/, '').replace(/S[A-Z]\d{3}$/, '');
      expect(squash(article.editor)).toBe(editorLine);
      // the lead image is an article picture, never the QR/kaihu image
      expect(article.leadImage ?? '').not.toMatch(/343233024\.png|kaihu/);
      if (article.leadImage) expect(srcs).toContain(article.leadImage);
    });
  }
});

/** Facts read by hand from particular posts (see ../shared/corpus/posts/SOURCES.md). */
const POST_FACTS: Record<string, Partial<Article> & { tickers?: string[] }> = {
  'sina-0.md': { source: '健康广东', editor: '梁斌' }, // "责任编辑：梁斌 SF055"
  'sina-100-methods-apology.md': { source: '九派新闻、新华每日电讯', tickers: ['sh603883'] },
  'sina-electronics-yuanbiaoti-no-colon-subheads.md': { originalTitle: '1-4月规上电子信息制造业增加值同比增10.7% 实现营业收入同比增7%' },
  'sina-talent-subsidy-yuanbiaoti-at-end.md': { originalTitle: '1000万购房补贴“抢人”，然后呢？', source: '光明日报' },
  'sina-frugal-woman-broken-alt-quotes.md': { source: '观察者网' },
  'sina-zero-sugar-video-nested-imgwrapper.md': { source: '央视' },
  'sina-diao-obit-ori-titlesource.md': { originalTitle: '105岁中国核工业元老级人物、原核工业部副部长刁筠寿逝世' },
  'sina-fund-3500-list-stockspans.md': { tickers: ['sh000300', 'sz399300'] },
  'sina-esop-jqlblock-promo-blockquote-long.md': { source: '证券市场红周刊', tickers: ['sh603993', 'sz000651'] },
  'sina-shanghai-realestate-kaihu-qr.md': { leadImage: undefined }, // the only picture is the kaihu QR
  'sina-shanghai-zero-noimage.md': { leadImage: undefined, editor: '刘万里', source: '健康上海12320' }, // "刘万里 SF014"
};

describeCorpus('archived posts: facts', () => {
  for (const [file, facts] of Object.entries(POST_FACTS)) {
    it(file, () => {
      const { article } = extractPost(file);
      const { tickers, ...rest } = facts;
      for (const [k, v] of Object.entries(rest)) expect(article[k as keyof Article], k).toEqual(v);
      for (const t of tickers ?? []) expect(article.tags).toContain(t);
    });
  }

  it('an empty-looking U+3000 paragraph and the unterminated adlist leave nothing behind', () => {
    const { article } = extractPost('sina-dongguan-broken-adlist-empty-p.md');
    for (const p of htmlDoc(article.html).querySelectorAll('p')) expect(squash(p.textContent)).not.toBe('');
  });

  it('stock links become plain text, their tickers tags', () => {
    const { article } = extractPost('sina-catl-jinqilin-blockquote-kaihu.md');
    expect(htmlDoc(article.html).querySelectorAll('a.keyword, span[id^=stock_]').length).toBe(0);
    expect(article.tags).toEqual(expect.arrayContaining(['sz300750']));
    expect(article.html).not.toContain('金麒麟');
  });
});
