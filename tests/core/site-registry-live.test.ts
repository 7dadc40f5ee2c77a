/**
 * The other sites' live rows (`hide`, `remove` in utils/sites/<site>.ts) against the real pages of
 * ../shared/corpus/sites and the generated copy the run-time script reads (utils/sites/others-live.ts).
 * A hide row that matched the article root or one of its ancestors would blank the article itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCorpus, ROOT } from '../support/corpus';
import { declaredUrl } from '../../utils/detect';
import { detectOtherSite } from '../../utils/detect-sites';
import { renderOthersLiveModule } from '../../utils/sites/live-module';
import { OTHER_SITES } from '../../utils/sites/others';
import { OTHERS_LIVE } from '../../utils/sites/others-live';
import { junkFor } from '../../utils/sites/sina-junk';
import { readSitePage, sitePageNames } from '../support/site-pages';
import { parse } from './helpers/corpus';
import { SITE_PAGES } from '../../support/browser/site-pages';
import { siteLiveRules } from '../../utils/site-live-rules';

const article = (name: string) => {
  const doc = parse(readSitePage(name), 'linkedom');
  const det = detectOtherSite(doc, '', declaredUrl(doc));
  if (det?.kind !== 'article') throw new Error(`${name} is not an article`);
  const keep = [...det.template.root, ...det.template.title].map((s) => doc.querySelector(s)).filter((el) => el !== null);
  return { doc, live: OTHERS_LIVE[det.site.id], keep };
};

/** The selectors of `sels` that match the article root, its headline, or an ancestor of either. */
const holders = (a: ReturnType<typeof article>, sels: readonly string[]): string[] =>
  sels.filter((sel) => [...a.doc.querySelectorAll(sel)].some((el) => a.keep.some((k) => el.contains(k))));

describe('the other sites’ live rows and the generated module', () => {
  it('utils/sites/others-live.ts is what the tables give (npx tsx scripts/write-site-live.ts)', () => {
    const file = fs.readFileSync(path.join(ROOT, 'utils/sites/others-live.ts'), 'utf8');
    expect(file).toBe(renderOthersLiveModule(OTHER_SITES));
    for (const site of OTHER_SITES) {
      expect(OTHERS_LIVE[site.id], site.id).toEqual({
        hosts: site.hosts,
        articleUrl: site.articleUrl,
        notArticleUrls: site.notArticleUrls,
        templates: site.templates.map((t) => ({ detect: t.detect, root: t.root })),
        hide: junkFor(site.junk, 'hide'),
        remove: junkFor(site.junk, 'remove'),
      });
    }
  });

  it('every other site hides something live, and each row is one selector with a note', () => {
    for (const site of OTHER_SITES) {
      expect(junkFor(site.junk, 'hide').length, site.id).toBeGreaterThan(0);
      const sels = site.junk.map((j) => j.selector);
      expect(new Set(sels).size, site.id).toBe(sels.length);
      for (const j of site.junk) expect(() => document.querySelectorAll(j.selector), j.selector).not.toThrow();
    }
  });
});

describeCorpus('live rows on the real pages of ../shared/corpus/sites', () => {
  it('no hide or remove row matches the article root, its headline, or an ancestor of either', () => {
    for (const name of sitePageNames()) {
      const a = article(name);
      expect(a.keep.length, name).toBeGreaterThan(0);
      expect(holders(a, [...a.live.hide, ...a.live.remove]), name).toEqual([]);
      // the check can fail: <body> holds the article
      expect(holders(a, ['body']), name).toEqual(['body']);
    }
  });

  it('the granted-site script judges each page at its address as utils/detect-sites.ts does', () => {
    for (const p of SITE_PAGES) {
      const doc = parse(readSitePage(`${p.name}.html`), 'linkedom');
      const full = detectOtherSite(doc, p.url, undefined);
      const rules = siteLiveRules(p.url);
      expect(full?.kind, p.name).toBe('article');
      expect(rules?.guess(p.url), p.name).toBe(true);
      const d = rules?.detect(doc, p.url);
      expect(d?.kind === 'article' && full?.kind === 'article' && d.template.root, p.name).toEqual(full?.kind === 'article' && full.template.root);
      // the home page of the site is no article, by URL alone and by detection
      const home = new URL('/', p.url).href;
      expect(rules?.guess(home), home).toBe(false);
      expect(rules?.detect(doc, home)?.kind, home).toBe('not-article');
    }
    expect(siteLiveRules('https://finance.sina.com.cn/')).toBeUndefined();
  });

  it('the later pages of a long 人民网 article, at the addresses its pager links to, are articles too', () => {
    const pager = [...readSitePage('gne-people-1.html').matchAll(/href="([^"]*c1013-31153719-\d\.html)"/g)].map((m) => new URL(String(m[1]), 'http://finance.people.com.cn/n1/2019/0615/c1013-31153719.html').href);
    expect(pager.length).toBeGreaterThanOrEqual(3);
    for (const url of pager) expect(siteLiveRules(url)?.guess(url), url).toBe(true);
  });

  it('the rows hide something on every page', () => {
    for (const name of sitePageNames()) {
      const a = article(name);
      expect(a.doc.querySelector(a.live.hide.join(', ')), name).not.toBeNull();
    }
  });
});
