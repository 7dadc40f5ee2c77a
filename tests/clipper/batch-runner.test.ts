/**
 * The background batch ("save all open articles") as the background wires it
 * (lib/background/batch-background.ts), with fakeBrowser's tabs and storage.session: every step is
 * stored so a popup opened later sees it, a second start while one runs is refused, the summary
 * stays after the end and goes when a new batch starts; a background stopped mid-batch reads as
 * interrupted. The messaging layer is replaced by a recorder (its transport is chrome.runtime, not
 * in fakeBrowser) and `saveTab` by a gate the test opens tab by tab.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClipOutcome } from '@/utils/clip-post';

const bus = vi.hoisted(() => ({
  handlers: new Map<string, (m: { data: unknown }) => unknown>(),
  sent: [] as { type: string; data: unknown }[],
  gates: new Map<number, (o: ClipOutcome) => void>(),
}));
vi.mock('@/lib/protocol/messages', () => ({
  onMessage: (type: string, h: (m: { data: unknown }) => unknown) => {
    bus.handlers.set(type, h);
    return () => bus.handlers.delete(type);
  },
  sendMessage: async (type: string, data: unknown) => {
    bus.sent.push({ type, data });
    const h = bus.handlers.get(type);
    return h ? h({ data }) : undefined;
  },
}));
vi.mock('@/lib/background/clip-tab', () => ({
  saveTab: (tabId: number) => new Promise<ClipOutcome>((resolve) => bus.gates.set(tabId, resolve)),
}));

import { setupBatchSave } from '@/lib/background/batch-background';
import { watchBatch } from '@/lib/ui/batch-client';
import { createBatchRunner, type StartResult } from '@/utils/batch-runner';
import type { BatchProgress } from '@/utils/batch-save';
import { defaultBatchStore } from '@/lib/background/batch-store';
import { IDLE, memoryStore, type BatchState } from '@/utils/batch-state';

const ARTICLES = [
  'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml',
  'https://finance.sina.com.cn/stock/2022-07-25/doc-imizirav5391299.shtml',
  'https://finance.sina.com.cn/', // Sina, not an article: skipped without a saveTab
];

const call = <T>(type: string): Promise<T> => Promise.resolve(bus.handlers.get(type)!({ data: undefined }) as T);
const stored = async (): Promise<BatchState> => ((await fakeBrowser.storage.session.get('batchState')).batchState as BatchState);
const published = () => bus.sent.filter((m) => m.type === 'batchProgress').map((m) => m.data as BatchState);

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`timed out: ${what}`);
}

/** Lets the batch save tab `id` with `outcome`, once the loop has asked for it. */
async function release(id: number, outcome: ClipOutcome): Promise<void> {
  await until(() => bus.gates.has(id), `saveTab(${id}) called`);
  bus.gates.get(id)!(outcome);
  bus.gates.delete(id);
}

const savedAs = (filename: string): ClipOutcome => ({ ok: true, filename, images: { saved: 0, failed: [] } });

describe('background batch (setupBatchSave)', () => {
  let ids: number[];
  beforeEach(async () => {
    fakeBrowser.reset();
    bus.handlers.clear();
    bus.sent.length = 0;
    bus.gates.clear();
    ids = [];
    for (const url of [...ARTICLES, 'https://example.com/']) ids.push((await fakeBrowser.tabs.create({ url })).id!);
    setupBatchSave();
  });

  it('stores every step in storage.session, refuses a second start while running, keeps the summary', async () => {
    expect(await call<BatchState>('batchState')).toEqual(IDLE);
    const [first, second] = await Promise.all([call<StartResult>('batchStart'), call<StartResult>('batchStart')]);
    expect([first.started, second.started]).toEqual([true, false]);
    expect(second.state.status).toBe('running');

    await release(ids[0]!, savedAs('/d/a.md'));
    await until(async () => (await stored()).progress?.done === 1, 'first tab stored');
    const mid = await stored();
    expect(mid.status).toBe('running');
    expect(mid.progress?.items.map((i) => i.status)).toEqual(['saved']);
    expect(await call<BatchState>('batchState')).toEqual(mid); // what a popup opened now shows
    expect((await call<StartResult>('batchStart')).started).toBe(false);

    await release(ids[1]!, { ok: false, error: 'Download failed: FILE_NO_SPACE' });
    await until(async () => (await stored()).status === 'done', 'batch done');
    const end = await stored();
    expect(end.progress).toMatchObject({ done: 3, total: 3 });
    expect(end.progress?.items.map((i) => [i.tabId, i.status, i.reason ?? '', i.detail ?? ''])).toEqual([
      [ids[0], 'saved', '', '/d/a.md'],
      [ids[1], 'failed', 'error', 'Download failed: FILE_NO_SPACE'],
      [ids[2], 'skipped', 'not-article', ''],
    ]);
    expect(await call<BatchState>('batchState')).toEqual(end); // the summary stays for a later popup
    const seqs = published().map((s) => s.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(published().at(-1)).toEqual(end);
    expect(bus.gates.size).toBe(0); // one batch ran: each article asked once
  });

  it('a new batch clears the last summary, then runs again', async () => {
    await call<StartResult>('batchStart');
    await release(ids[0]!, savedAs('/d/a.md'));
    await release(ids[1]!, savedAs('/d/b.md'));
    await until(async () => (await stored()).status === 'done', 'first batch done');
    const again = await call<StartResult>('batchStart');
    expect(again.started).toBe(true);
    expect(again.state.progress?.items ?? []).toEqual([]);
    await release(ids[0]!, savedAs('/d/a2.md'));
    await release(ids[1]!, savedAs('/d/b2.md'));
    await until(async () => (await stored()).status === 'done', 'second batch done');
    expect((await stored()).progress?.items.map((i) => i.detail ?? '')).toEqual(['/d/a2.md', '/d/b2.md', '']);
  });
});

describe('createBatchRunner', () => {
  const progress = (done: number): BatchProgress => ({ done, total: 2, items: [] });

  it('a stored running batch with no loop in this background (service worker restarted) reads as interrupted and may be restarted', async () => {
    const store = memoryStore();
    await store.set({ seq: 4, status: 'running', progress: progress(1) });
    const runner = createBatchRunner({ store, run: async () => progress(2), publish: () => undefined });
    expect(await runner.state()).toEqual({ seq: 4, status: 'interrupted', progress: progress(1) });
    expect((await runner.start()).started).toBe(true);
  });

  it('a loop that throws ends interrupted, keeping what it did and why', async () => {
    const store = memoryStore();
    const runner = createBatchRunner({
      store,
      run: async (on) => {
        on(progress(1));
        throw new Error('tabs.query failed');
      },
      publish: () => undefined,
    });
    await runner.start();
    await until(async () => (await store.get()).status !== 'running', 'loop ended');
    expect(await runner.state()).toMatchObject({ status: 'interrupted', progress: progress(1), error: 'tabs.query failed' });
    expect((await runner.start()).started).toBe(true); // the failed loop freed the runner
  });

  it('storage.session when the browser has it, a variable in the background otherwise', async () => {
    fakeBrowser.reset();
    await defaultBatchStore().set({ seq: 1, status: 'done', progress: progress(2) });
    expect(await stored()).toMatchObject({ seq: 1, status: 'done' });
    const session = Object.getOwnPropertyDescriptor(fakeBrowser.storage, 'session')!;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      const mem = defaultBatchStore();
      expect(await mem.get()).toEqual(IDLE);
      await mem.set({ seq: 2, status: 'running', progress: null });
      expect(await mem.get()).toMatchObject({ seq: 2 });
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', session);
    }
    expect(await stored()).toMatchObject({ seq: 1 }); // the memory store did not write there
  });
});

describe('watchBatch (popup)', () => {
  it('shows the current batch, then newer steps only: an older reply arriving late is dropped', async () => {
    bus.handlers.clear();
    let answer: (s: BatchState) => void = () => undefined;
    bus.handlers.set('batchState', () => new Promise<BatchState>((r) => (answer = r)));
    const seen: number[] = [];
    const w = watchBatch((s) => seen.push(s.seq));
    const progressTo = bus.handlers.get('batchProgress')!;
    progressTo({ data: { seq: 7, status: 'running', progress: null } });
    answer({ seq: 6, status: 'running', progress: null }); // the initial answer, overtaken
    await new Promise((r) => setTimeout(r, 5));
    w.take({ seq: 8, status: 'done', progress: null });
    expect(seen).toEqual([7, 8]);
    w.stop();
    expect(bus.handlers.has('batchProgress')).toBe(false);
  });
});
