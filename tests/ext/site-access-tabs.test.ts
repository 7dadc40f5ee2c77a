/**
 * cleanOpenTabs (lib/background/site-access.ts): when a grant completes, the open tabs of the sites
 * now fully held get the live cleaner at once, whichever page made the grant; tabs of other sites,
 * of a site only partly held, and tabs that cannot be scripted are left alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanOpenTabs } from '@/lib/background/site-access';
import { siteMatches } from '@/utils/sites';
import { OTHER_SITES } from '@/utils/sites/others';

const site = (id: string) => OTHER_SITES.find((s) => s.id === id)!;

function fakeWorld(held: string[], tabs: { id: number; url: string }[], failing: number[] = []) {
  const injected: number[] = [];
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => held.includes(o)),
  });
  Object.assign(fakeBrowser.tabs, {
    // The browser filters by match pattern; here by the host part of each pattern.
    query: async ({ url }: { url: string[] }) => tabs.filter((t) => url.some((p) => new URL(t.url).hostname.endsWith(p.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '')))),
  });
  Object.assign(fakeBrowser.scripting, {
    executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
      if (failing.includes(target.tabId)) throw new Error('Missing host permission for the tab');
      expect(files).toEqual(['/site-clean.js']);
      injected.push(target.tabId);
      return [];
    },
  });
  return injected;
}

describe('cleanOpenTabs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('cleans the open tabs of the site just granted, and only those', async () => {
    const qq = siteMatches(site('qq'));
    const injected = fakeWorld(qq, [
      { id: 1, url: 'https://new.qq.com/rain/a/20240318A01.html' },
      { id: 2, url: 'https://money.163.com/24/0318/01/ABCDEFGHIJKLMNOP.html' },
      { id: 3, url: 'https://news.qq.com/a/20240318/000001.htm' },
    ]);
    expect(await cleanOpenTabs(qq)).toBe(2);
    expect(injected.sort()).toEqual([1, 3]);
  });

  it('does nothing for a grant of a host that completes no site, nor for a tab that refuses the script', async () => {
    const qq = siteMatches(site('qq'));
    const injected = fakeWorld([...qq, '*://news.example.com/*'], [{ id: 1, url: 'https://new.qq.com/a.html' }, { id: 4, url: 'https://news.example.com/x' }], [1]);
    expect(await cleanOpenTabs(['*://news.example.com/*'])).toBe(0);
    expect(await cleanOpenTabs(qq)).toBe(0);
    expect(injected).toEqual([]);
    expect(await cleanOpenTabs(undefined)).toBe(0);
  });

  it('a site held only in part is not cleaned', async () => {
    const xinhua = siteMatches(site('xinhuanet'));
    expect(xinhua.length).toBeGreaterThan(1);
    const injected = fakeWorld(xinhua.slice(0, 1), [{ id: 5, url: 'https://www.xinhuanet.com/a.htm' }]);
    expect(await cleanOpenTabs(xinhua.slice(0, 1))).toBe(0);
    expect(injected).toEqual([]);
  });
});
