/**
 * The picker refuses a hide rule that would cover the article: the user's article rule when it
 * names an element, else on Sina the shipped template root (utils/article-roots.ts), the same
 * root the exporter keeps (utils/user-rules-doc.ts).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRootsToKeep, checkHideRule } from '@/utils/article-roots';
import { applicableSelectors } from '@/lib/page/user-rules-live';
import { UserRuleRefusal } from '@/utils/user-rules';

const SINA = 'finance.sina.com.cn';

function doc(root = '<div id="artibody"><p class="para">正文</p></div>'): Document {
  const side = Array.from({ length: 30 }, (_, i) => `<li class="item">${i}</li>`).join('');
  return new JSDOM(`<!DOCTYPE html><html><head></head><body><div class="wrap"><div class="main">${root}</div><ul class="side">${side}</ul><div class="ad">广告</div></div></body></html>`).window.document;
}

function reason(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof UserRuleRefusal ? e.reason : String(e);
  }
}

describe('picker: hide rules against the article root', () => {
  it('on Sina, without an article rule: the shipped root and its ancestors are refused', () => {
    const d = doc();
    for (const sel of ['#artibody', 'div#artibody', '.main', '.wrap', 'div:has(> p.para)']) {
      expect(reason(() => checkHideRule(sel, d, SINA)), sel).toBe('matches-article');
    }
    for (const sel of ['.ad', '.side', '.para']) expect(reason(() => checkHideRule(sel, d, SINA)), sel).toBeUndefined();
  });

  it('every template root counts: the 2018+ #article and the mobile .art_content', () => {
    for (const root of ['<div id="article"><p>正文</p></div>', '<section class="art_content"><p>正文</p></section>']) {
      const d = doc(root);
      expect(articleRootsToKeep(d, SINA)).toHaveLength(1);
      expect(reason(() => checkHideRule('.main', d, SINA)), root).toBe('matches-article');
    }
  });

  it('the user\'s article rule wins over the shipped root, as in the exporter', () => {
    const d = doc();
    expect(reason(() => checkHideRule('.ad', d, SINA, '.ad'))).toBe('matches-article');
    expect(reason(() => checkHideRule('#artibody', d, SINA, '.para'))).toBe('matches-article');
    expect(reason(() => checkHideRule('#artibody', d, SINA, '.ad'))).toBeUndefined();
    // An article rule that names nothing on this page protects nothing: the shipped root does.
    expect(reason(() => checkHideRule('#artibody', d, SINA, '.gone'))).toBe('matches-article');
  });

  it('off Sina the shipped Sina roots mean nothing; the skeleton is refused everywhere', () => {
    const d = doc();
    expect(articleRootsToKeep(d, 'news.example.com')).toEqual([]);
    expect(reason(() => checkHideRule('#artibody', d, 'news.example.com'))).toBeUndefined();
    expect(reason(() => checkHideRule('body', d, 'news.example.com'))).toBe('matches-root');
    expect(reason(() => checkHideRule('body', d, SINA))).toBe('matches-root');
  });
});

/** jsdom leaves readyState at "loading" until its load task runs; the live script waits for that too. */
async function parsed(d: Document): Promise<Document> {
  if (d.readyState === 'loading') await new Promise((r) => d.addEventListener('DOMContentLoaded', r, { once: true }));
  return d;
}

describe('live user rules against the article root', () => {
  // Rules can arrive without passing the picker (sync from another device, a settings file made by
  // hand), so the live script checks them again once the page is parsed.
  it('on Sina, without an article rule, a rule covering the shipped root is not applied', async () => {
    const d = await parsed(doc());
    const rules = { host: SINA, hide: ['#artibody', '.wrap', '.ad'] };
    expect(applicableSelectors(rules, d, SINA)).toEqual(['.ad']);
    expect(applicableSelectors({ ...rules, article: '.ad' }, d, SINA)).toEqual(['#artibody']); // .wrap holds the user's article
  });

  it('on another shipped site its template root is kept the same way', async () => {
    const d = await parsed(doc('<div class="content-article"><p>正文</p></div>'));
    expect(applicableSelectors({ host: 'new.qq.com', hide: ['.content-article', '.main', '.side'] }, d, 'new.qq.com')).toEqual(['.side']);
    // the same rules on a site we ship nothing for: only the skeleton is kept
    expect(applicableSelectors({ host: 'news.example.com', hide: ['.content-article', 'body', '.side'] }, d, 'news.example.com')).toEqual(['.content-article', '.side']);
  });
});
