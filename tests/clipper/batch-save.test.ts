import { describe, expect, it } from 'vitest';
import { saveAllTabs, summarize, type BatchProgress } from '@/utils/batch-save';
import type { ClipOutcome } from '@/utils/clip-post';
import { batchTabKind } from '@/utils/batch-tabs';

const tab = (id: number, url: string, more: object = {}) => ({ id, index: id, url, title: `t${id}`, status: 'complete', discarded: false, active: false, pinned: false, highlighted: false, incognito: false, windowId: 1, ...more }) as never;

describe('saveAllTabs', () => {
  it('saves Sina article tabs in order, skips the rest with a reason, ignores tabs of no known site', async () => {
    const tabs = [
      tab(1, 'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml'),
      tab(2, 'https://example.com/doc-ifake.shtml'),
      tab(3, 'https://finance.sina.com.cn/'),
      tab(4, 'https://finance.sina.cn/2022-07-25/detail-imizirav5391235.d.html', { discarded: true }),
      tab(5, 'https://tech.sina.com.cn/i/2019-09-11/doc-iicezzrq4972166.shtml', { status: 'loading' }),
      tab(6, 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml'),
      tab(7, 'https://finance.sina.com.cn/stock/2022-07-25/doc-imizirav5391299.shtml'),
      tab(8, 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml'),
    ];
    const saved: number[] = [];
    const outcomes: Record<number, ClipOutcome> = {
      1: { ok: true, filename: '/d/a.md', images: { saved: 0, failed: [] } },
      6: { ok: false, error: 'no-content' },
      7: { ok: false, error: 'Download failed: FILE_NO_SPACE' },
      8: { ok: true, filename: '/d/b.md', images: { saved: 2, failed: [] } },
    };
    const progress: BatchProgress[] = [];
    const result = await saveAllTabs((p) => progress.push(p), {
      listTabs: async () => tabs,
      saveTab: async (id) => {
        saved.push(id);
        return outcomes[id] ?? { ok: false, error: 'unexpected' };
      },
    });
    expect(saved).toEqual([1, 6, 7, 8]);
    expect(result.items.map((i) => [i.tabId, i.status, i.reason ?? '', i.detail ?? ''])).toEqual([
      [1, 'saved', '', '/d/a.md'],
      [3, 'skipped', 'not-article', ''],
      [4, 'skipped', 'discarded', ''],
      [5, 'skipped', 'loading', ''],
      [6, 'skipped', 'not-article', 'no-content'],
      [7, 'failed', 'error', 'Download failed: FILE_NO_SPACE'],
      [8, 'saved', '', '/d/b.md'],
    ]);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['0/7', '1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    expect(summarize(result)).toEqual({ saved: 2, skipped: 4, failed: 1 });
  });

  it('a thrown message (background gone) is a failure of that tab, and the batch goes on', async () => {
    const result = await saveAllTabs(() => undefined, {
      listTabs: async () => [tab(1, 'https://finance.sina.com.cn/a/doc-iaaaa.shtml'), tab(2, 'https://finance.sina.com.cn/a/doc-ibbbb.shtml')],
      saveTab: async (id) => {
        if (id === 1) throw new Error('Could not establish connection');
        return { ok: true, filename: 'b.md', images: { saved: 0, failed: [] } };
      },
    });
    expect(result.items.map((i) => i.status)).toEqual(['failed', 'saved']);
    expect(result.items[0]?.detail).toContain('Could not establish connection');
  });

  it('the same article open in two tabs is saved once; a failed save leaves the other tab free to try', async () => {
    const url = 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml';
    const other = 'https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml';
    const saved: number[] = [];
    const result = await saveAllTabs(() => undefined, {
      listTabs: async () => [tab(1, url), tab(2, `${url}?from=qudao#comments`), tab(3, other), tab(4, other.replace('https:', 'http:'))],
      saveTab: async (id) => {
        saved.push(id);
        return id === 3 ? { ok: false, error: 'Download failed: NETWORK_FAILED' } : { ok: true, filename: `${id}.md`, images: { saved: 0, failed: [] } };
      },
    });
    expect(saved).toEqual([1, 3, 4]);
    expect(result.items.map((i) => [i.tabId, i.status, i.reason ?? ''])).toEqual([
      [1, 'saved', ''],
      [2, 'skipped', 'duplicate'],
      [3, 'failed', 'error'],
      [4, 'saved', ''],
    ]);
  });

  it('no Sina tabs: an empty summary', async () => {
    const result = await saveAllTabs(() => undefined, { listTabs: async () => [tab(1, 'about:blank')], saveTab: async () => ({ ok: false, error: 'x' }) });
    expect(result).toEqual({ done: 0, total: 0, items: [], notAllowed: 0 });
  });

  it('takes article tabs of granted other sites, counts those of sites not granted, ignores their other pages', async () => {
    const tabs = [
      tab(1, 'https://www.163.com/v2/article/detail/ABCDEFGHIJ123456.html'), // netease article, granted
      tab(2, 'https://www.163.com/'), // netease home: not taken, not counted
      tab(3, 'https://www.thepaper.cn/newsDetail_forward_7732983'), // thepaper article, not granted
      tab(4, 'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml'),
      tab(5, 'https://baijiahao.baidu.com/s?id=1646796218135408573'), // baijiahao article, not granted
      tab(6, 'https://news.163.com/19/0930/10/ABCDEFGHIJ654321.html', { status: 'loading' }),
      tab(7, 'https://example.com/a/20240101/x.html'),
    ];
    const saved: number[] = [];
    const progress: BatchProgress[] = [];
    const result = await saveAllTabs((p) => progress.push(p), {
      listTabs: async () => tabs,
      saveTab: async (id) => (saved.push(id), { ok: true, filename: `${id}.md`, images: { saved: 0, failed: [] } }),
      grantedSites: async () => ['netease'],
    });
    expect(saved).toEqual([1, 4]);
    expect(result.items.map((i) => [i.tabId, i.status, i.reason ?? ''])).toEqual([
      [1, 'saved', ''],
      [4, 'saved', ''],
      [6, 'skipped', 'loading'],
    ]);
    expect(result.notAllowed).toBe(2);
    expect(progress[0]).toEqual({ done: 0, total: 3, items: [], notAllowed: 2 });
  });

  it('without the granted list (or none granted) only Sina tabs are saved', async () => {
    const tabs = [tab(1, 'https://www.163.com/v2/article/detail/ABCDEFGHIJ123456.html'), tab(2, 'https://finance.sina.com.cn/a/doc-iaaaa.shtml')];
    const saveTab = async (id: number) => ({ ok: true as const, filename: `${id}.md`, images: { saved: 0, failed: [] } });
    const result = await saveAllTabs(() => undefined, { listTabs: async () => tabs, saveTab });
    expect(result.items.map((i) => i.tabId)).toEqual([2]);
    expect(result.notAllowed).toBe(1);
  });
});

describe('batchTabKind', () => {
  it('follows the registry: Sina always, other sites by article address and grant', () => {
    const granted = ['qq', 'xinhuanet'] as const;
    expect(batchTabKind('https://finance.sina.com.cn/', granted)).toBe('sina');
    expect(batchTabKind('https://new.qq.com/omn/20240101/20240101A01ABC00.html', granted)).toBe('other-article');
    expect(batchTabKind('https://www.news.cn/world/2019-12/10/c_1125327450.htm', granted)).toBe('other-article');
    expect(batchTabKind('https://www.news.cn/', granted)).toBe('ignored');
    expect(batchTabKind('https://stock.hexun.com/2019-09-26/198678130.html', granted)).toBe('not-allowed');
    expect(batchTabKind('https://example.com/2019-09-26/198678130.html', granted)).toBe('ignored');
    expect(batchTabKind(undefined, granted)).toBe('ignored');
    expect(batchTabKind('chrome://extensions/', granted)).toBe('ignored');
  });
});
