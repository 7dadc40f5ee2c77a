/**
 * The site registry (utils/sites) against itself, the code that derives from it and the real pages:
 * every selector of every site matches a saved page of that site (Sina's in ../shared/corpus/pages,
 * the others' in ../shared/corpus/sites) unless the rule says where else it was seen; no site claims
 * another site's page, nor any Sina page;
 * hosts, match patterns, permissions and menus agree; the junk lists are what the junk table says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { CORPUS_SITES, ROOT } from '../support/corpus';
import { declaredUrl, detectPage, matchTemplate } from '../../utils/detect';
import { detectOtherSite, hasSavedMark, matchSiteTemplate } from '../../utils/detect-sites';
import { toIsoUtc } from '../../utils/fallback';
import { buildHideCss, CLEAN_ATTR } from '../../utils/live-clean';
import { E2E_OTHER_NEWS_MATCH, isSinaHost, SINA_ARTICLE_LINKS, SINA_MATCHES } from '../../utils/hosts';
import { isSinaUrl } from '../../utils/url';
import { optionalHostPatterns, otherSiteMatches } from '../../utils/site-access';
import { LISTED_HOSTS, SITES, siteArticleLinks, siteForHost, siteForUrl, siteMatches, siteName } from '../../utils/sites';
import { renderLiveModule } from '../../utils/sites/live-module';
import { LEGACY_CREDIT_LINE, SINA, SINA_PAGE_MARKERS } from '../../utils/sites/sina';
import { ARTICLE_JUNK, junkFor, LIVE_HIDE, LIVE_REMOVE, STOCK_SPAN } from '../../utils/sites/sina-junk';
import * as live from '../../utils/sites/sina-live';
import { VIDEO_PLAYERS } from '../../utils/sites/sina-video';
import { OTHER_SITES } from '../../utils/sites/others';
import type { OtherSiteRule, SiteRule } from '../../utils/sites/types';
import { readSitePage, sitePageNames } from '../support/site-pages';
import { listPages, loadPageShared, parse, PAGES } from './helpers/corpus';

/** Every selector of a site rule: templates, editor lines, junk, and another site's saved-page marks. */
function ruleSelectors(site: SiteRule): string[] {
  const fields = ['detect', 'root', 'title', 'date', 'source', 'author', 'breadcrumb'] as const;
  const marks = site.live ? [] : site.savedMarkers;
  return [...site.templates.flatMap((t) => fields.flatMap((f) => t[f])), ...site.editor, ...site.junk.map((j) => j.selector), ...marks];
}

/** Sina's selectors outside the SiteRule object: its other data files (./sina.ts, sina-junk, sina-video). */
const SINA_DATA_SELECTORS = [
  SINA_PAGE_MARKERS.icon,
  ...Object.values(LEGACY_CREDIT_LINE),
  STOCK_SPAN,
  ...VIDEO_PLAYERS.flatMap((v) => [v.block, ...[...v.poster, ...v.link, ...v.title].map(([sel]) => `${v.block} ${sel}`)]),
];

const SELECTORS = (site: SiteRule): string[] => [...new Set([...ruleSelectors(site), ...(site.live ? SINA_DATA_SELECTORS : [])])];

/** The GeneralNewsExtractor folder each other site's pages of ../shared/corpus/sites are named after (`gne-163-1.html`). */
const GNE_FOLDER: Record<OtherSiteRule['id'], string> = {
  netease: '163', qq: 'qq', ifeng: 'ifeng', thepaper: 'thepaper', hexun: 'hexun', stcn: 'stcn', baijiahao: 'baijiahao', xinhuanet: 'xinhuanet', people: 'people',
};

/** Saved pages of each site: ../shared/corpus/pages holds Sina's, ../shared/corpus/sites the others'. */
const pagesOf = (site: SiteRule): string[] => (site.live ? listPages() : sitePageNames().filter((n) => n.startsWith(`gne-${GNE_FOLDER[site.id]}-`)));

const siteDocs = new Map<string, Document>();
/** A page of ../shared/corpus/sites on linkedom, the command line's parser (happy-dom finds nothing on two of them: tests/core/site-pages.test.ts). */
function loadSitePage(name: string): Document {
  let doc = siteDocs.get(name);
  if (!doc) siteDocs.set(name, (doc = parse(readSitePage(name), 'linkedom')));
  return doc;
}

const docOf = (site: SiteRule, name: string): Document => (site.live ? loadPageShared(name) : loadSitePage(name));

/** `sites/<name>` citations in a note of another site → the pages of ../shared/corpus/sites they name. */
function citedSitePages(note: string): string[] {
  const names = [...note.matchAll(/sites\/(gne-[\w.-]+?)(?=[\s,)*]|$)/g)].map((m) => m[1]!);
  return names.map((p) => {
    const hit = sitePageNames().find((n) => n === `${p}.html` || n.startsWith(`${p}`));
    expect(hit, `${note}: sites/${p} names no page`).toBeDefined();
    return hit!;
  });
}

/** `pages/<name>*` citations in a note → the corpus pages they name. */
function citedPages(note: string): string[] {
  const prefixes = [...note.matchAll(/pages\/([\w.-]+)\*?/g)].map((m) => m[1]!);
  return prefixes.map((p) => {
    const hits = listPages((n) => n.startsWith(p));
    expect(hits.length, `${note}: pages/${p}* names no page`).toBeGreaterThan(0);
    return hits[0]!;
  });
}

/** `tests/fixtures/…` and `posts/….md` citations in a note → their parsed HTML. */
function citedFixtures(note: string): { cite: string; doc: Document }[] {
  const out: { cite: string; doc: Document }[] = [];
  for (const m of note.matchAll(/tests\/fixtures\/[\w./-]+[\w]/g)) {
    const p = path.join(ROOT, m[0]);
    const file = fs.existsSync(path.join(p, 'source.html')) ? path.join(p, 'source.html') : p;
    out.push({ cite: m[0], doc: parse(fs.readFileSync(file, 'utf8')) });
  }
  for (const m of note.matchAll(/posts\/([\w.-]+\.md)/g)) {
    out.push({ cite: m[0], doc: parse(fs.readFileSync(path.join(PAGES, '../posts', m[1]!), 'utf8')) });
  }
  return out;
}

describeCorpus('every selector of every site matches a real page of that site', () => {
  describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_id, site) => {
    const docs = () => pagesOf(site).map((n) => docOf(site, n));

    it('each selector matches at least one saved page, or the rule says where it was seen instead', () => {
      const pages = docs();
      expect(pages.length).toBeGreaterThan(0);
      const unseen = SELECTORS(site).filter((sel) => !pages.some((d) => d.querySelector(sel)));
      expect(unseen.sort()).toEqual(Object.keys(site.notInPages).sort());
    });

    it('every page of ../shared/corpus/sites a row of another site cites has that selector', () => {
      if (site.live) return;
      const rows = [
        ...site.junk.map((j) => [j.selector, j.seen] as const),
        ...Object.entries(site.notInPages),
      ];
      for (const [sel, note] of rows) for (const page of citedSitePages(note)) expect(loadSitePage(page).querySelector(sel), `${sel} on ${page}`).not.toBeNull();
    });

    it('every reason in notInPages that cites a fixture or post is borne out by it', () => {
      for (const [sel, why] of Object.entries(site.notInPages)) {
        expect(why.length, sel).toBeGreaterThan(20);
        for (const { cite, doc } of citedFixtures(why)) expect(doc.querySelector(sel), `${sel} in ${cite}`).not.toBeNull();
      }
    });

    it('every corpus page a junk row cites has that selector', () => {
      for (const j of site.junk) for (const page of citedPages(j.seen)) expect(loadPageShared(page).querySelector(j.selector), `${j.selector} on ${page}`).not.toBeNull();
    });
  });
});

describeCorpus('no site claims another site’s page', () => {
  const names = () => fs.readdirSync(CORPUS_SITES).filter((n) => n.endsWith('.html')).sort();

  it('Sina’s detection claims none of the pages of ../shared/corpus/sites, saved or at their own address', () => {
    const list = names();
    expect(list.length).toBeGreaterThanOrEqual(18);
    for (const name of list) {
      const doc = parse(readSitePage(name));
      const declared = declaredUrl(doc);
      expect(matchTemplate(doc), name).toBeUndefined();
      expect(detectPage(doc, ''), name).toEqual({ site: 'other' });
      expect(detectPage(doc, 'file:///tmp/saved.html'), name).toEqual({ site: 'other' });
      if (declared) expect(siteForUrl(declared), `${name}: ${declared}`).not.toBe(SINA);
    }
  });

  it('each other site claims its own pages of ../shared/corpus/sites, saved or at their own address, and no other site’s', () => {
    for (const site of OTHER_SITES) {
      const own = pagesOf(site);
      expect(own.length, site.id).toBeGreaterThan(0);
      for (const name of sitePageNames()) {
        const doc = loadSitePage(name);
        const declared = declaredUrl(doc);
        const mine = own.includes(name);
        // by the DOM alone: a template of the site and the site's own mark
        expect(!!matchSiteTemplate(doc, site) && hasSavedMark(doc, site), `${site.id} on ${name}`).toBe(mine);
        if (declared) expect(siteForUrl(declared) === site, `${name}: ${declared}`).toBe(mine);
      }
    }
    for (const name of sitePageNames()) {
      const doc = loadSitePage(name);
      const det = detectOtherSite(doc, '', declaredUrl(doc));
      expect(det?.kind === 'article' && pagesOf(det.site).includes(name), name).toBe(true);
      expect(detectOtherSite(doc, 'file:///tmp/saved.html', declaredUrl(doc))?.site, name).toBe(det?.site);
    }
  });

  it('no other site claims a Sina page of ../shared/corpus/pages, saved or at its address', () => {
    for (const name of listPages()) {
      const doc = loadPageShared(name);
      const declared = declaredUrl(doc);
      for (const site of OTHER_SITES) expect(matchSiteTemplate(doc, site) && hasSavedMark(doc, site), `${site.id} on ${name}`).toBeFalsy();
      expect(detectOtherSite(doc, '', declared), name).toBeUndefined();
      expect(detectOtherSite(doc, 'file:///tmp/saved.html', declared), name).toBeUndefined();
      expect(detectOtherSite(doc, 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', declared), name).toBeUndefined();
    }
  });

  it('another site’s page at its own address is judged by that site’s URL shapes', () => {
    const doc = loadSitePage('gne-163-1.html');
    expect(detectOtherSite(doc, 'https://money.163.com/19/0907/13/EOFPQ9E9002580S6.html', undefined)).toMatchObject({ kind: 'article', site: { id: 'netease' } });
    expect(detectOtherSite(doc, 'https://money.163.com/', undefined)).toMatchObject({ kind: 'not-article', reason: 'home' });
    // at an address of no site the rules know, the page goes to the Readability fallback
    expect(detectOtherSite(doc, 'https://mirror.example.com/a.html', undefined)).toBeUndefined();
  });

  it('other sites have no always-on rules (their live rows: site-registry-live.test.ts), no listed hosts or menu links', () => {
    for (const site of OTHER_SITES) {
      expect(site.live).toBe(false);
      expect(site.listedHosts).toEqual([]);
      expect(site.articleLinks).toEqual([]);
      expect(site.timeZone).toBe('+08:00');
    }
    expect(LISTED_HOSTS).toEqual(SINA.listedHosts);
  });

  it('while every Sina page that names its address is claimed by Sina (the check above can fail)', () => {
    const claimed = listPages().filter((n) => {
      const declared = declaredUrl(loadPageShared(n));
      return declared && /^https?:/.test(declared) && siteForUrl(declared) === SINA;
    });
    expect(claimed.length).toBeGreaterThanOrEqual(10);
  });
});

/** Chrome/Firefox match-pattern semantics for the patterns the registry writes (scheme `*`, host `*.x`, path glob). */
function patternMatches(pattern: string, url: string): boolean {
  const m = /^\*:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const u = new URL(url);
  const host = u.hostname === m[1] || u.hostname.endsWith(`.${m[1]}`);
  const glob = new RegExp(`^${m[2]!.split('*').map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`);
  return /^https?:$/.test(u.protocol) && host && glob.test(u.pathname + u.search);
}

describe('hosts and patterns derive from the registry and agree', () => {
  const urls = [
    'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    'http://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml',
    'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html',
    'https://sina.cn/',
    'https://sina.com.cn/',
    'https://a.b.news.sina.com.cn/x',
    'https://FINANCE.SINA.COM.CN/x',
    'https://vip.stock.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml',
    'https://www.sina.com/x', // Sina's .com portal: not a host of the rules
    'https://xsina.cn/x',
    'https://sina.cn.example.com/doc-iabc.shtml',
    'https://evil.example@finance.sina.com.cn/doc-iabc.shtml',
    'https://news.163.com/19/0919/doc-iabc.shtml',
  ];

  it('content-script matches and host permissions are the registry’s patterns', async () => {
    expect(SINA_MATCHES).toEqual(siteMatches(SINA));
    expect(SINA_MATCHES).toEqual(['*://*.sina.com.cn/*', '*://*.sina.cn/*']);
    const { default: config } = await import('../../wxt.config');
    const manifest = config.manifest as (env: { browser: string; manifestVersion: 2 | 3; mode: string }) => Record<string, unknown>;
    for (const [browser, manifestVersion] of [['chrome', 3], ['firefox', 3], ['firefox', 2]] as const) {
      expect(manifest({ browser, manifestVersion, mode: 'production' }).host_permissions, `${browser} mv${manifestVersion}`).toEqual(SINA_MATCHES);
      // e2e Chrome counts the other sites as granted (headless Chromium cannot answer the prompt)
      const e2eOthers = browser === 'chrome' ? otherSiteMatches() : [];
      expect(manifest({ browser, manifestVersion, mode: 'e2e' }).host_permissions).toEqual([...SINA_MATCHES, E2E_OTHER_NEWS_MATCH, ...e2eOthers]);
      const optional = manifest({ browser, manifestVersion, mode: 'production' })[manifestVersion === 2 ? 'optional_permissions' : 'optional_host_permissions'];
      expect(optional, `${browser} mv${manifestVersion} optional hosts`).toEqual(optionalHostPatterns());
    }
    const { default: script } = await import('../../entrypoints/sina.content');
    expect(script.matches).toEqual(SINA_MATCHES);
  });

  it('the host test, the URL test, the registry lookup and the match patterns say the same of every URL', () => {
    for (const url of urls) {
      const host = new URL(url).hostname;
      const byPattern = SINA_MATCHES.some((p) => patternMatches(p, url));
      expect(isSinaHost(host), url).toBe(byPattern);
      expect(isSinaUrl(url), url).toBe(byPattern);
      expect(siteForHost(host) === SINA, url).toBe(byPattern);
      expect(siteForUrl(url) === SINA, url).toBe(byPattern);
    }
    expect(siteForUrl('file:///tmp/finance.sina.com.cn.html')).toBeUndefined();
    expect(siteForUrl('not a url')).toBeUndefined();
  });

  it('menu link patterns are the site’s hosts × its article globs, and agree with ARTICLE_URL', () => {
    expect(SINA_ARTICLE_LINKS).toEqual(siteArticleLinks(SINA));
    expect(SINA_ARTICLE_LINKS).toHaveLength(SINA.hosts.length * SINA.articleLinks.length);
    for (const p of SINA_ARTICLE_LINKS) expect(SINA_MATCHES.some((m) => p.startsWith(m.slice(0, -1)))).toBe(true);
    for (const url of urls) {
      const byRules = siteForUrl(url) === SINA && SINA.articleUrl.test(new URL(url).pathname);
      expect(SINA_ARTICLE_LINKS.some((p) => patternMatches(p, url)), url).toBe(byRules);
    }
  });

  it('the options page’s hosts are hosts of their site; names and time zone come from the rule', () => {
    expect(LISTED_HOSTS.length).toBeGreaterThan(0);
    for (const h of LISTED_HOSTS) expect(siteForHost(h), h).toBeDefined();
    expect(siteName(SINA, 'news.sina.com.cn')).toBe('新浪新闻');
    expect(siteName(SINA, 'finance.sina.cn')).toBe('新浪财经');
    expect(siteName(SINA, 'k.sina.com.cn')).toBe('新浪网');
    expect(SINA.timeZone).toBe('+08:00');
    // a zoneless time on a host of the site is read in its zone; elsewhere off .cn as UTC
    expect(toIsoUtc('2022-07-25 22:31', 'https://k.sina.com.cn/article_1.html')).toBe('2022-07-25T14:31:00.000Z');
    expect(toIsoUtc('2022-07-25 22:31', 'https://www.sina.com/x')).toBe('2022-07-25T22:31:00.000Z');
  });

  it('no code outside utils/sites writes a Sina host pattern again', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f.name) && !p.startsWith(path.join(ROOT, 'utils/sites'))) {
          const text = fs.readFileSync(p, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
          if (/sina\\\\?\.|\*:\/\/\*\.sina|['"`]sina\.(com\.)?cn['"`]/.test(text)) offenders.push(path.relative(ROOT, p));
        }
      }
    };
    for (const d of ['lib', 'entrypoints', 'components', 'utils']) walk(path.join(ROOT, d));
    expect(offenders).toEqual([]);
  });
});

describe('the junk table and the lists derived from it', () => {
  it('each selector is one row with at least one place and a note', () => {
    const sels = SINA.junk.map((j) => j.selector);
    expect(new Set(sels).size).toBe(sels.length);
    for (const j of SINA.junk) {
      expect(j.where.length, j.selector).toBeGreaterThan(0);
      expect(j.seen.length, j.selector).toBeGreaterThan(5);
      expect(() => document.querySelectorAll(j.selector), j.selector).not.toThrow();
    }
  });

  it('drop, hide and remove lists are the table’s rows for each, in the table’s order', () => {
    const rows = (w: string) => SINA.junk.filter((j) => j.where.some((x) => x === w)).map((j) => j.selector);
    expect(ARTICLE_JUNK).toEqual(rows('drop'));
    expect(LIVE_HIDE).toEqual(rows('hide'));
    expect(LIVE_REMOVE).toEqual(rows('remove'));
    expect(junkFor(SINA.junk, 'hide')).toEqual(rows('hide'));
    // the rows before this table: 25 dropped, 14 hidden (11 of them also dropped), 3 removed
    expect([ARTICLE_JUNK.length, LIVE_HIDE.length, LIVE_REMOVE.length]).toEqual([25, 14, 3]);
    expect(LIVE_HIDE.filter((s) => ARTICLE_JUNK.includes(s))).toHaveLength(11);
  });

  it('the content script’s copy (utils/sites/sina-live.ts) is what the table gives (npx tsx scripts/write-site-live.ts)', () => {
    const file = fs.readFileSync(path.join(ROOT, 'utils/sites/sina-live.ts'), 'utf8');
    expect(file).toBe(renderLiveModule(SINA.junk));
    expect(live.LIVE_HIDE).toEqual(LIVE_HIDE);
    expect(live.LIVE_REMOVE).toEqual(LIVE_REMOVE);
  });

  it('the live stylesheet hides exactly the hide rows', () => {
    const hidden = buildHideCss(LIVE_HIDE).split('\n').map((l) => l.replace(`html[${CLEAN_ATTR}] `, '').replace('{display:none !important}', ''));
    expect(hidden).toEqual([...LIVE_HIDE]);
  });
});
