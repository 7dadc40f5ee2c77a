/**
 * setPageScript (lib/background/page-scripts.ts) against a fake scripting API that keeps its
 * registrations: registers, updates only on a change, unregisters on empty matches, and calls for
 * one id that cross each other end in the state of the later call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPageScript } from '@/lib/background/page-scripts';

interface Reg { id: string; js?: string[]; matches?: string[]; runAt?: string }

function fakeScripting() {
  const regs = new Map<string, Reg>();
  const calls: string[] = [];
  const tick = () => new Promise((r) => setTimeout(r, 0));
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (regs.has(id) ? [regs.get(id)] : [])),
    registerContentScripts: async (list: Reg[]) => {
      await tick();
      for (const r of list) {
        if (regs.has(r.id)) throw new Error(`duplicate id ${r.id}`);
        regs.set(r.id, r);
        calls.push(`register ${r.id} ${r.matches?.join(' ')}`);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      await tick();
      for (const id of ids) {
        if (!regs.delete(id)) throw new Error(`no script ${id}`);
        calls.push(`unregister ${id}`);
      }
    },
  });
  return { regs, calls };
}

describe('setPageScript (MV3 scripting API)', () => {
  let fake: ReturnType<typeof fakeScripting>;
  beforeEach(() => {
    fakeBrowser.reset();
    fake = fakeScripting();
  });

  it('registers at document_start, keeps an unchanged registration, replaces a changed one, removes on empty', async () => {
    await setPageScript({ id: 's', file: '/site-clean.js', matches: ['*://*.163.com/*'] });
    expect(fake.regs.get('s')).toMatchObject({ js: ['site-clean.js'], matches: ['*://*.163.com/*'], runAt: 'document_start' });
    await setPageScript({ id: 's', file: 'site-clean.js', matches: ['*://*.163.com/*'] });
    expect(fake.calls).toEqual(['register s *://*.163.com/*']);
    await setPageScript({ id: 's', file: 'site-clean.js', matches: ['*://*.163.com/*', '*://*.qq.com/*'] });
    expect(fake.regs.get('s')?.matches).toEqual(['*://*.163.com/*', '*://*.qq.com/*']);
    await setPageScript({ id: 's', file: 'site-clean.js', matches: [] });
    expect(fake.regs.has('s')).toBe(false);
    await setPageScript({ id: 's', file: 'site-clean.js', matches: [] });
    expect(fake.calls).toEqual(['register s *://*.163.com/*', 'unregister s', 'register s *://*.163.com/* *://*.qq.com/*', 'unregister s']);
  });

  it('a grant and a revoke that cross end in the later state, without a duplicate registration', async () => {
    const a = setPageScript({ id: 'x', file: 'site-clean.js', matches: ['*://*.163.com/*'] });
    const b = setPageScript({ id: 'x', file: 'site-clean.js', matches: [] });
    const c = setPageScript({ id: 'x', file: 'site-clean.js', matches: ['*://*.qq.com/*'] });
    await Promise.all([a, b, c]);
    expect(fake.regs.get('x')?.matches).toEqual(['*://*.qq.com/*']);
  });
});
