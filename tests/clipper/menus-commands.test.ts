import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const actions = vi.hoisted(() => ({
  savePostAction: vi.fn(async (_tabId: number) => ({ ok: true })),
  toggleReaderAction: vi.fn(async (_tabId: number, _force?: boolean) => true),
  openLinkInReaderAction: vi.fn(async (_url: string, _opener?: number) => 9),
}));
vi.mock('@/lib/background/clipper-actions', () => actions);

import { commandsManifest, handleCommand, setupCommands } from '@/lib/background/commands';
import {
  createMenus, handleMenuClick, MENU_LINK_READER, MENU_OPEN_READER, MENU_SAVE_POST, menuLinkPatterns, menuPagePatterns, SINA_ARTICLE_LINKS, setupMenus,
} from '@/lib/background/menus';
import { siteMatches } from '@/utils/sites';
import { OTHER_SITES } from '@/utils/sites/others';
import { ARTICLE_URL } from '@/utils/sites/sina';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** browser.i18n.getMessage over the real zh_CN locale file, flattened the way @wxt-dev/i18n does (`a.b` → `a_b`). */
function zhMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out[prefix + k] = v;
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}_`);
    }
  };
  walk(parse(fs.readFileSync(path.resolve(__dirname, '../../locales/zh_CN.yml'), 'utf8')) as Record<string, unknown>, '');
  return out;
}
const ZH = zhMessages();
const useZhLocale = () => {
  fakeBrowser.i18n.getMessage = ((name: string) => ZH[name] ?? '') as never;
};

/** Chrome/Firefox match-pattern semantics for the patterns we use (scheme `*`, host `*.x`, path glob). */
function matches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = new URL(url);
  const hostOk = m[2] ? u.hostname === m[3] || u.hostname.endsWith(`.${m[3]}`) : u.hostname === m[3];
  const path = new RegExp(`^${(m[4] ?? '').split('*').map((s) => s.replace(/[.?+^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return hostOk && /^https?:$/.test(u.protocol) && path.test(u.pathname + u.search);
}

describe('context menus', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
    useZhLocale();
  });

  it('creates the three entries with their contexts and patterns, after clearing old ones', async () => {
    const created: { id?: string; contexts?: string[]; documentUrlPatterns?: string[]; targetUrlPatterns?: string[]; title?: string }[] = [];
    const calls: string[] = [];
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => void calls.push('removeAll'));
    fakeBrowser.contextMenus.create = vi.fn((props: (typeof created)[number], cb?: () => void) => {
      calls.push(`create ${props.id}`);
      created.push(props);
      cb?.();
      return props.id ?? 0;
    }) as never;
    await createMenus();
    expect(calls).toEqual(['removeAll', `create ${MENU_SAVE_POST}`, `create ${MENU_OPEN_READER}`, `create ${MENU_LINK_READER}`]);
    expect(created[0]).toMatchObject({ contexts: ['page', 'selection'], documentUrlPatterns: ['*://*.sina.com.cn/*', '*://*.sina.cn/*'] });
    expect(created[2]).toMatchObject({ contexts: ['link'], targetUrlPatterns: SINA_ARTICLE_LINKS });
    expect(created.map((c) => c.title)).toEqual(['保存为文章', '在阅读模式中打开', '在阅读模式中打开链接']);
  });

  it('the link patterns accept exactly the article URLs the site rules accept', () => {
    const urls = [
      'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml',
      'http://tech.sina.com.cn/i/2019-09-11/doc-iicezzrq4972166.shtml',
      'https://finance.sina.cn/2022-07-25/detail-imizirav5391234.d.html',
      'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml',
      'https://finance.sina.com.cn/',
      'https://finance.sina.com.cn/stock/',
      'https://example.com/doc-imizirav5391234.shtml',
      'https://vip.stock.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml',
    ];
    for (const url of urls) {
      const byRules = /sina\.(com\.)?cn$/.test(new URL(url).hostname) && ARTICLE_URL.test(new URL(url).pathname);
      expect(SINA_ARTICLE_LINKS.some((p) => matches(p, url)), url).toBe(byRules);
    }
  });

  it('a click runs the matching action on the clicked tab', async () => {
    await handleMenuClick({ menuItemId: MENU_SAVE_POST, tabId: 4 });
    await handleMenuClick({ menuItemId: MENU_OPEN_READER, tabId: 4 });
    await handleMenuClick({ menuItemId: MENU_LINK_READER, tabId: 4, linkUrl: 'https://finance.sina.cn/x/detail-iabc.d.html' });
    await handleMenuClick({ menuItemId: 'other', tabId: 4 });
    expect(actions.savePostAction.mock.calls).toEqual([[4]]);
    expect(actions.toggleReaderAction.mock.calls).toEqual([[4, true]]);
    expect(actions.openLinkInReaderAction.mock.calls).toEqual([['https://finance.sina.cn/x/detail-iabc.d.html', 4]]);
  });

  it('page entries cover Sina and exactly the granted other sites, in registry order', () => {
    expect(menuPagePatterns([])).toEqual(['*://*.sina.com.cn/*', '*://*.sina.cn/*']);
    const page = menuPagePatterns(['xinhuanet', 'netease']);
    expect(page).toEqual(['*://*.sina.com.cn/*', '*://*.sina.cn/*', '*://*.163.com/*', '*://*.xinhuanet.com/*', '*://*.news.cn/*']);
    expect(page.some((p) => matches(p, 'https://www.163.com/dy/article/ABCDEFGHIJKLMNOP.html'))).toBe(true);
    expect(page.some((p) => matches(p, 'https://new.qq.com/rain/a/20240101A0000000'))).toBe(false);
    const all = menuPagePatterns(OTHER_SITES.map((s) => s.id));
    expect(all).toEqual(['*://*.sina.com.cn/*', '*://*.sina.cn/*', ...OTHER_SITES.flatMap((s) => siteMatches(s))]);
    // The registry gives the other sites no article link shapes: the link entry stays Sina's.
    expect(menuLinkPatterns(OTHER_SITES.map((s) => s.id))).toEqual(SINA_ARTICLE_LINKS);
  });

  it('creates the page entries on granted sites too (asked of permissions.contains)', async () => {
    const created: { id?: string; documentUrlPatterns?: string[] }[] = [];
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined);
    fakeBrowser.contextMenus.create = vi.fn((props: (typeof created)[number], cb?: () => void) => (created.push(props), cb?.(), 1)) as never;
    const netease = siteMatches(OTHER_SITES.find((s) => s.id === 'netease')!);
    fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.join() === netease.join()) as never;
    await createMenus();
    expect(created[0]?.documentUrlPatterns).toEqual(['*://*.sina.com.cn/*', '*://*.sina.cn/*', '*://*.163.com/*']);
    expect(created[1]?.documentUrlPatterns).toEqual(created[0]?.documentUrlPatterns);
  });

  it('setupMenus makes the entries again when a permission is added or removed', async () => {
    const perm: Record<'added' | 'removed', (() => void)[]> = { added: [], removed: [] };
    Object.assign(fakeBrowser.permissions, {
      onAdded: { addListener: (l: () => void) => perm.added.push(l) },
      onRemoved: { addListener: (l: () => void) => perm.removed.push(l) },
    });
    Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: () => undefined } });
    let granted = false;
    fakeBrowser.permissions.contains = vi.fn(async () => granted) as never;
    const pages: string[][] = [];
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined);
    fakeBrowser.contextMenus.create = vi.fn((p: { id?: string; documentUrlPatterns?: string[] }, cb?: () => void) => {
      if (p.id === MENU_SAVE_POST) pages.push(p.documentUrlPatterns ?? []);
      cb?.();
      return 1;
    }) as never;
    setupMenus();
    granted = true;
    perm.added.forEach((l) => l());
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    expect(pages[0]).toEqual(menuPagePatterns(OTHER_SITES.map((s) => s.id)));
    granted = false;
    perm.removed.forEach((l) => l());
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    expect(pages[1]).toEqual(menuPagePatterns([]));
  });

  it('setupMenus listens for installs, startups and clicks', async () => {
    const listeners: ((info: { menuItemId: string }, tab?: { id: number }) => void)[] = [];
    Object.assign(fakeBrowser.permissions, { onAdded: { addListener: () => undefined }, onRemoved: { addListener: () => undefined } });
    Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) } });
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined);
    fakeBrowser.contextMenus.create = vi.fn((_p: unknown, cb?: () => void) => (cb?.(), 1)) as never;
    setupMenus();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(fakeBrowser.contextMenus.create).toHaveBeenCalledTimes(3));
    listeners[0]?.({ menuItemId: MENU_SAVE_POST }, { id: 12 });
    await vi.waitFor(() => expect(actions.savePostAction).toHaveBeenCalledWith(12));
  });
});

describe('keyboard commands', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
  });

  it('suggests three Alt+Shift keys, with the popup command named for the manifest version', () => {
    const mv3 = commandsManifest(3);
    const mv2 = commandsManifest(2);
    expect(Object.keys(mv3)).toEqual(['_execute_action', 'toggle-reader', 'save-post']);
    expect(Object.keys(mv2)).toEqual(['_execute_browser_action', 'toggle-reader', 'save-post']);
    const keys = Object.values(mv3).map((c) => c.suggested_key.default);
    expect(keys).toEqual(['Alt+Shift+Y', 'Alt+Shift+U', 'Alt+Shift+K']);
    // Keys known to be taken by Chrome, Firefox or the best-known clippers.
    const taken = ['R', 'S', 'M', 'D', 'O', 'J', 'I', 'T', 'A', 'B', 'P', 'C', 'X'].map((k) => `Alt+Shift+${k}`);
    expect(keys.filter((k) => taken.includes(k))).toEqual([]);
    expect(Object.values(mv3).every((c) => /^__MSG_cmd_[A-Za-z]+__$/.test(c.description))).toBe(true);
  });

  it('runs the command on the tab it came with, else on the active tab', async () => {
    await handleCommand('save-post', 7);
    const active = { id: 5 };
    const query = vi.fn(async () => [active]);
    fakeBrowser.tabs.query = query as never;
    await handleCommand('toggle-reader');
    await handleCommand('unknown', 7);
    expect(actions.savePostAction.mock.calls).toEqual([[7]]);
    expect(actions.toggleReaderAction.mock.calls).toEqual([[5]]);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('setupCommands wires browser.commands.onCommand', async () => {
    let listener: ((name: string, tab?: { id: number }) => void) | undefined;
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: (l: typeof listener) => (listener = l) } });
    setupCommands();
    listener?.('save-post', { id: 3 });
    await vi.waitFor(() => expect(actions.savePostAction).toHaveBeenCalledWith(3));
  });
});
