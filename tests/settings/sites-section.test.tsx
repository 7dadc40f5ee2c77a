/**
 * The options page's per-host switches cover the other sites: grouped by site with whether the
 * user granted it, hosts of any known site can be added, switches of a site not granted wait
 * disabled, and the groups follow permission changes made anywhere.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { siteMatches } from '@/utils/sites';
import { OTHER_SITES } from '@/utils/sites/others';
import { getMessageFor } from '../support/locale-messages';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

async function stored(): Promise<Record<string, unknown>> {
  return ((await fakeBrowser.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
}

const patternsOf = (id: string) => siteMatches(OTHER_SITES.find((s) => s.id === id)!).join();

describe('options page: per-host switches of every site', () => {
  let root: HTMLElement;
  let granted: Set<string>;
  const listeners: { added: (() => void)[]; removed: (() => void)[] } = { added: [], removed: [] };
  const q = (sel: string) => root.querySelector(sel);
  const addHost = async (value: string) => {
    const input = q('input[name="newHost"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    (q('form.add-host') as HTMLFormElement).requestSubmit();
    await settle();
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = getMessageFor('zh_CN') as never;
    granted = new Set(['netease']);
    listeners.added = [];
    listeners.removed = [];
    fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) =>
      [...granted].some((id) => patternsOf(id) === origins.join())) as never;
    Object.assign(fakeBrowser.permissions, {
      onAdded: { addListener: (l: () => void) => listeners.added.push(l), removeListener: vi.fn() },
      onRemoved: { addListener: (l: () => void) => listeners.removed.push(l), removeListener: vi.fn() },
    });
    await fakeBrowser.storage.sync.set({ settings: { version: 2, listedHosts: ['legacy.example.org'] } });
    document.body.replaceChildren();
    root = document.createElement('main');
    document.body.append(root);
    render(<OptionsApp />, root);
    await settle();
  });

  it('lists Sina, then every other site with its state, then hosts of no known site', () => {
    const groups = [...root.querySelectorAll('table.sites:not([data-list]) tbody')].map((b) => b.getAttribute('data-site'));
    expect(groups).toEqual(['sina', ...OTHER_SITES.map((s) => s.id), 'unknown']);
    expect(q('tbody[data-site="sina"] tr[data-host="finance.sina.com.cn"]')).not.toBeNull();
    expect(q('tbody[data-site="netease"]')?.getAttribute('data-granted')).toBe('true');
    expect(q('tbody[data-site="netease"] .site-group')?.textContent).toBe('网易 — 已允许');
    expect(q('tbody[data-site="netease"] .site-empty')?.textContent).toContain('在 163.com 的所有页面上清理');
    expect(q('tbody[data-site="qq"]')?.getAttribute('data-granted')).toBe('false');
    expect(q('tbody[data-site="qq"] .site-group')?.textContent).toBe('腾讯网 — 未允许');
    expect(q('[data-field="sites-note"]')?.textContent).toContain('其他新闻网站需先在下方“其他新闻网站”中允许');
    expect(q('tbody[data-site="qq"] .site-empty')).toBeNull();
    expect(q('tbody[data-site="unknown"] tr[data-host="legacy.example.org"]')).not.toBeNull();
  });

  it('a granted site\'s host is added to its group and its switches are stored', async () => {
    await addHost('News.163.com');
    expect(q('#host-error')?.textContent).toBe('');
    expect((await stored()).listedHosts).toEqual(['legacy.example.org', 'news.163.com']);
    const row = q('tbody[data-site="netease"] tr[data-host="news.163.com"]');
    expect(q('tbody[data-site="netease"] .site-empty')).toBeNull();
    const clean = row?.querySelector<HTMLInputElement>('input[name="clean"]');
    expect(clean?.checked).toBe(true);
    expect(clean?.disabled).toBe(false);
    clean?.click();
    await settle();
    row?.querySelector<HTMLInputElement>('input[name="autoReader"]')?.click();
    await settle();
    const s = await stored();
    expect([s.cleanDisabledHosts, s.autoReaderHosts]).toEqual([['news.163.com'], ['news.163.com']]);
  });

  it('a host of a site not granted is listed with its switches disabled until the site is granted', async () => {
    await addHost('new.qq.com');
    const clean = () => q('tbody[data-site="qq"] tr[data-host="new.qq.com"] input[name="clean"]') as HTMLInputElement | null;
    expect(clean()?.disabled).toBe(true);
    granted.add('qq');
    act(() => listeners.added.forEach((l) => l()));
    await settle();
    expect(q('tbody[data-site="qq"]')?.getAttribute('data-granted')).toBe('true');
    expect(clean()?.disabled).toBe(false);
    // The grant/revoke list below follows the same change.
    expect(q('[data-list="other-sites"] tr[data-site="qq"]')?.getAttribute('data-granted')).toBe('true');
  });

  it('refuses a host of no site the extension knows', async () => {
    await addHost('www.example.com');
    expect(q('#host-error')?.textContent).toBe('不是本扩展支持的新浪或其他新闻网站的域名：www.example.com');
    expect((await stored()).listedHosts).toEqual(['legacy.example.org']);
  });
});
