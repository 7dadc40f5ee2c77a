/**
 * The popup's picker buttons: their own group under a heading, apart from the tools for all tabs;
 * shown also where the popup cannot read the page yet (the click asks for the host), but never on
 * a page no extension may script. The tab and the background are replaced by fakes.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/components/popup/use-tab-state';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { getMessageFor } from '../support/locale-messages';

const tab = vi.hoisted(() => ({ state: { phase: 'loading' } as TabState }));
const launches = vi.hoisted(() => [] as unknown[][]);
vi.mock('@/components/popup/use-tab-state', () => ({ useTabState: () => ({ state: tab.state, refresh: async () => undefined }) }));
vi.mock('@/lib/ui/batch-client', () => ({ watchBatch: () => ({ take: () => undefined, stop: () => undefined }), startBatch: async () => null }));
vi.mock('@/lib/ui/picker-launch', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/ui/picker-launch')>()),
  launchPicker: async (...args: unknown[]) => (launches.push(args), false),
}));

import { Popup } from '@/components/popup/Popup';
import { pickableHost } from '@/lib/ui/picker-launch';

const noAccess = (reason: 'restricted' | 'no-host-permission', url?: string): TabState => ({ phase: 'no-access', access: { ok: false, reason, url } });
const ready: TabState = {
  phase: 'ready', result: null, settings: DEFAULT_SETTINGS, autoReader: false, needsAccess: false,
  report: { detection: { site: 'other' }, cleaning: false, removed: 0, hidden: 0, readerOpen: false, host: 'www.example.com' },
};

async function mount(state: TabState): Promise<HTMLElement> {
  tab.state = state;
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(() => render(<Popup tabId={7} inTab />, root));
  await act(() => new Promise((r) => setTimeout(r, 10)));
  return root;
}

const pickers = (root: HTMLElement) => [...root.querySelectorAll('[data-action^="pick-"]')].map((b) => b.getAttribute('data-action'));

describe('popup picker buttons', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = getMessageFor('zh_CN') as never;
    launches.length = 0;
  });

  it('sit in their own group with a heading, apart from "save all" and the settings button', async () => {
    const root = await mount(ready);
    const group = root.querySelector('section.picker-actions');
    expect(group?.querySelector('h2')?.textContent).toBe('你的规则');
    expect([...group!.querySelectorAll('button')].map((b) => b.getAttribute('data-action'))).toEqual(['pick-hide', 'pick-article']);
    const saveAll = root.querySelector('[data-action="save-all-tabs"]');
    expect(saveAll).not.toBeNull();
    expect(group?.contains(saveAll!)).toBe(false);
    expect(saveAll?.closest('.popup-group')).not.toBeNull();
  });

  it('show on a page the popup cannot read yet, and a click asks to pick on its host', async () => {
    const root = await mount(noAccess('restricted', 'https://www.example.com/a/b.html'));
    expect(root.querySelector('[data-state]')?.getAttribute('data-state')).toBe('restricted');
    expect(root.querySelector('.note')?.textContent).toContain('无法读取这个页面');
    expect(pickers(root)).toEqual(['pick-hide', 'pick-article']);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="pick-hide"]')?.click());
    await act(() => new Promise((r) => setTimeout(r, 10)));
    // Not granted (permissions.contains is not there): the launch asks for the host in the click.
    expect(launches).toEqual([[7, 'www.example.com', 'hide', false]]);
  });

  it('show beside the grant button of a Sina page without host access', async () => {
    const root = await mount(noAccess('no-host-permission', 'https://finance.sina.com.cn/a/doc-iabc.shtml'));
    expect(root.querySelector('[data-action="grant-access"]')).not.toBeNull();
    expect(pickers(root)).toEqual(['pick-hide', 'pick-article']);
  });

  it.each([
    ['chrome://extensions/'], ['about:addons'], ['about:blank'], ['edge://settings'], ['file:///home/me/a.html'],
    ['https://chromewebstore.google.com/detail/abc'], ['https://chrome.google.com/webstore/detail/abc'],
    ['https://addons.mozilla.org/zh-CN/firefox/addon/x/'], [undefined],
  ])('are not shown where no extension may script: %s', async (url) => {
    const root = await mount(noAccess('restricted', url));
    expect(root.querySelector('.note')).not.toBeNull();
    expect(pickers(root)).toEqual([]);
  });
});

describe('pickableHost', () => {
  it('gives the host of a web page, lower-cased, and nothing for the others', () => {
    expect(pickableHost('http://News.163.com/19/0930/x.html')).toBe('news.163.com');
    expect(pickableHost('https://localhost:8080/')).toBe('localhost');
    expect(pickableHost('https://support.mozilla.org/kb')).toBeUndefined();
    expect(pickableHost('view-source:https://a.example/')).toBeUndefined();
    expect(pickableHost('not a url')).toBeUndefined();
  });
});

describe('popup per-host switches', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = getMessageFor('zh_CN') as never;
  });

  it('are offered on a granted other site, where its live cleaner reads them, and not on one not granted', async () => {
    const on = await mount({ ...ready, liveSite: true } as TabState);
    expect(on.querySelector('[data-action="toggle-clean"]')?.textContent).toBe('本站清理：开');
    const off = await mount({ ...ready, liveSite: false } as TabState);
    expect(off.querySelector('[data-action="toggle-clean"]')).toBeNull();
  });
});
