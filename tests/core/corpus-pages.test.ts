/**
 * Every real Sina page of ../shared/corpus/pages: template, title, time, source, editor read by
 * hand from each page (not copied from the code's output), the body keeps every article
 * paragraph (compared with the magic-html expected text where it exists) and none of the junk.
 */
import { expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/model';
import { htmlDoc, htmlText, loadPageShared, readPage, squash } from './helpers/corpus';
import fs from 'node:fs';
import path from 'node:path';
import { PAGES } from './helpers/corpus';

type Expect = Pick<Article, 'template' | 'title' | 'published' | 'source' | 'editor'> & Partial<Article>;

/**
 * Values read from the pages themselves (h1, .source, 责任编辑; the time: the visible date, with the
 * seconds of `article:published_time` when it agrees, else of `weibo: article:create_at`).
 */
const PAGES_EXPECTED: Record<string, Expect> = {
  'gne-finance-roll-2018-12-28-ihqfskcn2160999.html': {
    template: 'sina-desktop',
    title: '60万"12306账号"外泄? 中铁总辟谣称消息不实',
    // visible "2018年12月28日 19:55", create_at 19:55:10; the meta's 19:56:29 is an update
    published: '2018-12-28T11:55:10.000Z',
    updated: '2018-12-28T11:56:29.000Z',
    source: '新京报',
    editor: '霍琦',
    url: 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    docId: 'ihqfskcn2160999',
    categories: ['新浪财经－滚动'],
    tags: ['辟谣', '外泄', '账号'],
  },
  'gne-finance-usstock-2019-09-09-iicezzrq4681677.html': {
    template: 'sina-desktop',
    title: '债券市场是否存在泡沫？世界知名首席投资官们这么说',
    published: '2019-09-09T12:52:38.000Z', // meta 2019-09-09T20:52:38+08:00 agrees with the visible 20:52
    updated: undefined,
    source: '新浪财经-自媒体综合',
    editor: '郭明煜',
    categories: ['新浪财经－美股'],
    // meta keywords only repeat the title; tickers from span#usstock_JPM/BLK/PMTG
    tags: ['JPM', 'BLK', 'PMTG'],
    leadImage: 'https://n.sinaimg.cn/finance/crawl/116/w550h366/20190909/632d-iekuaqt0614232.jpg',
  },
  'gne-news-2019-09-07-iicezzrq4076655.html': {
    template: 'sina-news',
    title: '最强“中国芯”本月商用 华为抢跑5G芯片大战',
    published: '2019-09-06T20:04:43.000Z', // visible 04:04, create_at 04:04:43
    updated: '2019-09-06T22:52:51.000Z', // meta 2019-09-07T06:52:51+08:00
    source: '北京日报',
    editor: '张申',
    originalTitle: '最强“中国芯”本月商用 华为抢跑5G芯片大战',
    categories: ['新浪新闻－国内'],
  },
  'gne-news-2019-10-23-iicezuev4202091.html': {
    template: 'sina-news',
    title: '陈同佳刑满出狱 向潘晓颖家人鞠躬致歉',
    published: '2019-10-23T01:05:34.000Z', // visible 09:05, create_at 09:05:34
    updated: '2019-10-23T01:10:42.000Z', // meta 2019-10-23T09:10:42+08:00
    source: '环球网',
    editor: '吴金明',
    originalTitle: '快讯！陈同佳刑满出狱，向潘晓颖家人鞠躬致歉',
  },
  'gne-news-2019-11-25-iihnzahi3275702.html': {
    template: 'sina-news',
    title: '中国人习以为常的地方 为何老外却说“了不得”？',
    published: '2019-11-25T10:57:38.000Z', // meta 2019-11-25T18:57:38+08:00 agrees with the visible 18:57
    updated: undefined,
    source: '参考消息',
    editor: '张迪',
    originalTitle: '视界丨这个中国人习以为常的地方 为何老外却说“了不得”？',
  },
  'gne-tech-old-artibodyTitle-2019-09-11-iicezzrq4972166.html': {
    template: 'sina-legacy',
    title: '苹果发布新iPhone 11：64GB售5499元 256GB售6799元',
    published: '2019-09-10T17:53:41.000Z', // meta 2019-09-11T01:53:41+08:00 (visible 2019年09月11日01:53)
    source: '新浪科技',
    editor: undefined, // the page has no 责任编辑 line
    categories: ['新浪科技'],
  },
  'magichtml-finance-forex-2016-05-25-ifxsktkp9337164.html': {
    template: 'sina-legacy',
    title: '人民币中间价创逾五年新低 做市商称符合预期',
    published: '2016-05-25T02:10:19.000Z', // meta 2016-05-25T10:10:19+08:00
    source: '新浪财经',
    editor: '支全明', // p.article-editor just after #artibody: "责任编辑：支全明 SF099"
    docId: 'ifxsktkp9337164',
    categories: ['新浪财经－外汇'],
  },
  'magichtml-mobile-finance.sina.cn-sa-2005-08-26-ikknscsi2623250.html': {
    template: 'sina-mobile',
    title: '创业环保第一季度报告会计差错的提示性公告',
    published: '2005-08-25T21:39:00.000Z', // meta "2005-08-26 05:39:00" has no zone: Beijing
    source: '上海证券报网络版', // h2.weibo_user
    editor: undefined,
    docId: 'ikknscsi2623250',
  },
  'magichtml-news-c-2024-05-10-inausehc2630922.html': {
    template: 'sina-news',
    title: '城市有轨电车之困：一边争相上马，一边接连叫停',
    published: '2024-05-09T16:26:45.000Z', // visible 00:26, create_at 00:26:45
    updated: '2024-05-09T21:54:20.000Z', // meta 2024-05-10T05:54:20+08:00
    source: '每日经济新闻',
    editor: '刘德宾',
  },
  'magichtml-news-o-2024-05-16-inavmmfi1968342.html': {
    template: 'sina-news',
    title: '被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审',
    published: '2024-05-16T09:02:38.000Z', // meta 2024-05-16T17:02:38+08:00 agrees with the visible 17:02
    updated: undefined,
    source: '新京报',
    author: '新京报', // "作者：新京报"
    editor: '刘光博',
    categories: ['新浪新闻－综合'],
    tags: ['山东省', '青岛市', '无锡市'], // data-wbkey adds "新闻", a channel word, dropped
  },
};

/** Junk that must not reach the body, by template-independent markers. */
const JUNK_SELECTORS = 'script, style, iframe, ins, .appendQr_wrap, [class*=kaihu], .ct_hqimg, .tech-quotation, span[id^=quote_], p.article-editor, p.show_author, div.video-2017, .wap_special';

function extract(name: string): Article {
  const r = extractArticle(loadPageShared(name), {});
  if (!r.ok) throw new Error(`${name}: ${r.reason} ${r.message}`);
  return r.article;
}

describeCorpus('corpus pages: metadata', () => {
  for (const [name, exp] of Object.entries(PAGES_EXPECTED)) {
    it(name, () => {
      const a = extract(name);
      for (const [k, v] of Object.entries(exp)) expect(a[k as keyof Article], k).toEqual(v);
      expect(a.title).not.toMatch(/新浪/);
    });
  }
});

describeCorpus('corpus pages: body', () => {
  for (const name of Object.keys(PAGES_EXPECTED)) {
    it(`${name} has no junk, no comments, absolute no-referrer images`, () => {
      const a = extract(name);
      const body = htmlDoc(a.html);
      expect(body.querySelectorAll(JUNK_SELECTORS).length).toBe(0);
      expect(a.html).not.toContain('<!--');
      expect(htmlText(a.html)).not.toMatch(/责任编辑|海量资讯|金牌投顾|新浪众测|点击进入专题|新浪财经股吧/);
      for (const img of body.querySelectorAll('img')) {
        expect(img.getAttribute('src')).toMatch(/^https?:\/\//);
        expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
      }
    });
  }

  it('every paragraph of the source #artibody/#article/.art_content survives (text)', () => {
    for (const name of Object.keys(PAGES_EXPECTED)) {
      const doc = loadPageShared(name);
      const root = doc.querySelector('#artibody, #article, .art_content');
      const body = squash(htmlText(extract(name).html));
      for (const p of root?.querySelectorAll('p') ?? []) {
        // The rendered pages filled the live quote spans, e.g. "摩根大通(115.395,2.79,2.47%)": not text.
        const copy = p.cloneNode(true) as Element;
        for (const q of copy.querySelectorAll('span[id^=quote_]')) q.remove();
        const t = squash(copy.textContent);
        // the editor line is metadata; the guba/tech promos and the "此前报道：<a>" pointer to an
        // older story (gne-news-2019-10-23-*) are junk (see utils/sites/sina-junk.ts)
        if (!t || /^责任编辑|^此前报道|新浪财经股吧|新浪众测|点击进入专题/.test(t)) continue;
        expect(body, `${name}: ${t.slice(0, 30)}`).toContain(t);
      }
    }
  });
});

/** magic-html's hand-labelled main text: every line must appear in our body text. */
describeCorpus('corpus pages: magic-html expected text', () => {
  const withExpected = fs.readdirSync(PAGES).filter((f) => f.endsWith('.expected.json'));
  it('has the four labelled pages', () => expect(withExpected.length).toBe(4));
  for (const json of withExpected) {
    it(json, () => {
      const name = json.replace('.expected.json', '.html');
      const { content } = JSON.parse(fs.readFileSync(path.join(PAGES, json), 'utf8')) as { content: string };
      const a = extract(name);
      const body = squash(htmlText(a.html));
      for (const line of content.split('\n')) {
        const t = squash(line);
        if (!t) continue;
        // Deviation: the labels keep the "责任编辑：…" line as text; we move it to `editor`.
        if (t.startsWith('责任编辑')) {
          expect(a.editor && t.endsWith(squash(a.editor))).toBeTruthy();
          continue;
        }
        expect(body, t.slice(0, 40)).toContain(t);
      }
    });
  }
  it('reads pages by their declared charset', () => {
    expect(readPage('cwced-legacy2005-gb2312-chanye.finance-sm-2005-03-21.html')).toContain('四年前中500万现穷困潦倒');
  });
});
