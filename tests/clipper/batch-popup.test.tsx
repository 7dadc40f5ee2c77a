/**
 * The popup's batch panel (components/clipper/BatchSave.tsx) shows whatever the background says,
 * in the real zh_CN strings: nothing before a batch, progress while one runs (button disabled and
 * saying why), the summary after, a refusal when another popup's batch got there first, and a
 * batch cut short. The background is replaced by a fake of lib/ui/batch-client.ts.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StartResult } from '@/utils/batch-runner';
import type { BatchProgress } from '@/utils/batch-save';
import type { BatchState } from '@/utils/batch-state';
import { getMessageFor } from '../support/locale-messages';

const bg = vi.hoisted(() => ({
  push: (_s: BatchState) => undefined as void,
  startReply: null as StartResult | null,
  starts: 0,
  stopped: 0,
}));
vi.mock('@/lib/ui/batch-client', () => ({
  watchBatch: (cb: (s: BatchState) => void) => {
    bg.push = cb;
    return { take: cb, stop: () => void (bg.stopped += 1) };
  },
  startBatch: async () => {
    bg.starts += 1;
    return bg.startReply;
  },
}));

import { BatchSave } from '@/components/clipper/BatchSave';

const item = (tabId: number, status: 'saved' | 'skipped' | 'failed', more: object = {}) => ({ tabId, title: `标题${tabId}`, url: `https://finance.sina.com.cn/a/doc-i${tabId}.shtml`, status, ...more });
const progress: BatchProgress = {
  done: 3,
  total: 3,
  items: [item(1, 'saved', { detail: '/home/me/Downloads/a.md' }), item(2, 'skipped', { reason: 'discarded' }), item(3, 'failed', { reason: 'error', detail: 'FILE_NO_SPACE' })],
};

describe('BatchSave (popup)', () => {
  let root: HTMLElement;
  const q = (sel: string) => root.querySelector(sel);
  const text = (sel: string) => q(sel)?.textContent ?? '';
  const push = (s: BatchState) => act(() => bg.push(s));

  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = getMessageFor('zh_CN') as never;
    Object.assign(bg, { startReply: null, starts: 0, stopped: 0 });
    document.body.replaceChildren();
    root = document.createElement('main');
    document.body.append(root);
    act(() => render(<BatchSave />, root));
  });

  it('idle, then running, then the summary with one line per tab', async () => {
    expect(q('[data-batch]')?.getAttribute('data-batch')).toBe('idle');
    expect(text('[data-batch-summary]')).toBe('');
    await push({ seq: 2, status: 'running', progress: { done: 1, total: 3, items: progress.items.slice(0, 1) } });
    expect(q('[data-batch]')?.getAttribute('data-batch')).toBe('running');
    expect(text('[data-batch-summary]')).toBe('正在保存第 2 篇，共 3 篇…');
    const button = q('[data-action="save-all-tabs"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.title).toBe('已有批量保存在进行中；关闭弹窗也会继续');
    expect((q('progress') as HTMLProgressElement).value).toBe(1);
    await push({ seq: 5, status: 'done', progress });
    expect(q('[data-batch]')?.getAttribute('data-batch')).toBe('done');
    expect(q('progress')).toBeNull();
    expect(text('[data-batch-summary]')).toBe('已保存 1 篇，跳过 1 篇，失败 1 篇');
    expect(q('[data-batch-interrupted]')).toBeNull();
    expect([...root.querySelectorAll('.batch-items li')].map((li) => li.textContent)).toEqual([
      '标题1 — 已保存: a.md',
      '标题2 — 已跳过: 标签页未加载',
      '标题3 — 失败: FILE_NO_SPACE',
    ]);
    expect(button.disabled).toBe(false);
  });

  it('a start refused because a batch runs says so; a started one shows its fresh state', async () => {
    await push({ seq: 5, status: 'done', progress });
    bg.startReply = { started: false, state: { seq: 6, status: 'running', progress: null } };
    await act(() => (q('[data-action="save-all-tabs"]') as HTMLButtonElement).click());
    await act(() => new Promise((r) => setTimeout(r, 5)));
    expect(bg.starts).toBe(1);
    expect(text('[data-batch-refused]')).toBe('已有批量保存在进行中；关闭弹窗也会继续');
    expect(root.querySelectorAll('.batch-items li').length).toBe(0); // the old summary is gone
    await push({ seq: 9, status: 'done', progress });
    expect(q('[data-batch-refused]')).toBeNull();
  });

  it('a batch cut short (background stopped) shows what was done and that it stopped', async () => {
    await push({ seq: 3, status: 'interrupted', progress: { done: 1, total: 3, items: progress.items.slice(0, 1) } });
    expect(q('[data-batch]')?.getAttribute('data-batch')).toBe('done');
    expect(text('[data-batch-interrupted]')).toBe('批量保存未完成就停止了。');
    expect(text('[data-batch-summary]')).toBe('已保存 1 篇，跳过 0 篇，失败 0 篇');
    expect(root.querySelectorAll('.batch-items li').length).toBe(1);
  });

  it('no article tabs open', async () => {
    await push({ seq: 2, status: 'done', progress: { done: 0, total: 0, items: [] } });
    expect(text('[data-batch-summary]')).toBe('没有打开的文章标签页');
    expect(q('[data-batch-not-allowed]')).toBeNull();
  });

  it('the button names no one site', () => {
    expect(text('[data-action="save-all-tabs"]')).toBe('保存所有打开的文章');
  });

  it('says how many article tabs of sites not allowed were skipped, once the batch ended', async () => {
    await push({ seq: 2, status: 'running', progress: { done: 0, total: 1, items: [], notAllowed: 2 } });
    expect(q('[data-batch-not-allowed]')).toBeNull();
    await push({ seq: 3, status: 'done', progress: { ...progress, notAllowed: 2 } });
    expect(q('[data-batch-not-allowed]')?.textContent).toBe('已跳过 2 个尚未允许的网站的文章标签页（可在设置的“其他新闻网站”中允许）');
    await push({ seq: 4, status: 'done', progress: { done: 0, total: 0, items: [], notAllowed: 1 } });
    expect(text('[data-batch-summary]')).toBe('没有打开的文章标签页');
    expect(q('[data-batch-not-allowed]')?.getAttribute('data-batch-not-allowed')).toBe('1');
  });

  it('stops listening when the popup goes', () => {
    act(() => render(null, root));
    expect(bg.stopped).toBe(1);
  });
});
