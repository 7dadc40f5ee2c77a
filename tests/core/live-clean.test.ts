/** cleanLive/buildHideCss on live (happy-dom) documents of the corpus. */
import { describe, expect, it } from 'vitest';
import { describeCorpus } from '../support/corpus';
import { detectPage } from '../../utils/detect';
import { buildHideCss, CLEAN_ATTR, cleanLive } from '../../utils/live-clean';
import { LIVE_HIDE } from '../../utils/sites/sina-junk';
import { listPages, loadPage } from './helpers/corpus';

describe('buildHideCss', () => {
  it('scopes every selector under html[data-sfc-clean] and hides it', () => {
    const lines = buildHideCss(LIVE_HIDE).split('\n');
    expect(CLEAN_ATTR).toBe('data-sfc-clean');
    expect(lines).toHaveLength(LIVE_HIDE.length);
    for (const line of lines) expect(line).toMatch(/^html\[data-sfc-clean\] [^,{}]+\{display:none !important\}$/);
  });
  it('selectors are valid CSS (the document accepts them)', () => {
    for (const sel of LIVE_HIDE) expect(() => document.querySelectorAll(`html[${CLEAN_ATTR}] ${sel}`)).not.toThrow();
  });
});

describeCorpus('cleanLive', () => {
  // hidden = ins.sinaads + other LIVE_HIDE blocks counted in the page source (grep), minus the removed ad slot
  it.each([
    ['magichtml-news-c-2024-05-10-inausehc2630922.html', 'sina-news', 1, 22], // div#ad_44086 in #article; 21 ins.sinaads (a 22nd is inside a script string) − 1 + 2 .sinaads-float
    ['gne-finance-roll-2018-12-28-ihqfskcn2160999.html', 'sina-desktop', 0, 18], // 16 ins.sinaads + .new_style_article + .article-bottom-tg
    ['magichtml-finance-forex-2016-05-25-ifxsktkp9337164.html', 'sina-legacy', 0, 27], // 25 ins.sinaads + .ct_hqimg + guba link
  ] as const)('%s: removes %i, hides %i, idempotent, keeps scripts', (name, template, removed, hidden) => {
    const doc = loadPage(name);
    const scripts = doc.querySelectorAll('script').length;
    expect(cleanLive(doc, template)).toEqual({ removed, hidden });
    const once = doc.documentElement.outerHTML;
    expect(cleanLive(doc, template)).toEqual({ removed: 0, hidden });
    expect(doc.documentElement.outerHTML).toBe(once);
    expect(doc.querySelectorAll('script').length).toBe(scripts);
  });

  it('never changes a non-article page', () => {
    for (const name of listPages((n) => n.includes('nonarticle'))) {
      const doc = loadPage(name);
      const before = doc.documentElement.outerHTML;
      const det = detectPage(doc, 'file:///x.html');
      expect(det.site === 'sina' && det.kind === 'article').toBe(false);
      for (const t of ['sina-desktop', 'sina-news', 'sina-legacy', 'sina-mobile'] as const) expect(cleanLive(doc, t).removed).toBe(0);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
