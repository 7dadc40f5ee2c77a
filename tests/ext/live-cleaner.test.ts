/**
 * The always-on cleaner's states (lib/page/live-cleaner.ts) on our demo article and a non-article
 * page, with WXT's fake browser for settings: clean → off restores the exact DOM → on again; pages
 * that are not articles end exactly as they were; automatic reader mode is decided once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { itCorpus } from '../support/corpus';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SINA_LIVE_RULES } from '@/utils/sina-live-rules';
import { startLiveCleaner } from '@/lib/page/live-cleaner';
import { updateSettings } from '@/lib/shared/settings-store';
import { CLEAN_ATTR } from '@/utils/live-clean';
import { toggleHost } from '@/utils/settings';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = readFileSync(path.join(ROOT, 'demo/finance-article.html'), 'utf8');
const DEMO_URL = 'https://finance.sina.com.cn/china/gncj/2024-03-18/doc-inamqdemo7283940.shtml';
const tick = () => new Promise((r) => setTimeout(r, 20));

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function start(doc: Document, url: string, openReader = vi.fn()) {
  const ctx = new ContentScriptContext(`test-${Math.random()}`);
  const cleaner = startLiveCleaner(ctx, doc, url, { openReader }, SINA_LIVE_RULES);
  return { ctx, cleaner, openReader };
}

describe('live cleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('cleans an article, restores it exactly when switched off, cleans it again when on', async () => {
    const doc = load(DEMO);
    const original = doc.documentElement.outerHTML;
    const { cleaner, ctx } = start(doc, DEMO_URL);
    await tick();
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
    expect(doc.querySelector('style[data-sfc-own]')?.textContent).toContain(`html[${CLEAN_ATTR}]`);
    expect(doc.querySelector('#artibody ins.sinaads, #artibody iframe')).toBeNull();
    expect(cleaner.state()).toMatchObject({ cleaning: true, detection: { kind: 'article', template: 'sina-desktop' } });
    expect(cleaner.state().hidden).toBeGreaterThan(0);

    await updateSettings((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, 'finance.sina.com.cn', true) }));
    await tick();
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(cleaner.state().cleaning).toBe(false);

    await updateSettings((s) => ({ ...s, cleanDisabledHosts: [] }));
    await tick();
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
    ctx.abort();
  });

  it('removes an ad injected later (throttled observer) and stops after invalidation', async () => {
    const doc = load(DEMO);
    const { ctx } = start(doc, DEMO_URL);
    await tick();
    const ad = doc.createElement('ins');
    ad.className = 'sinaads';
    doc.querySelector('#artibody')!.append(ad);
    await new Promise((r) => setTimeout(r, 150));
    expect(ad.isConnected).toBe(false);
    ctx.abort(); // the extension was reloaded: nothing may run any more
    const late = doc.createElement('ins');
    late.className = 'sinaads';
    doc.querySelector('#artibody')!.append(late);
    await new Promise((r) => setTimeout(r, 150));
    expect(late.isConnected).toBe(true);
  });

  it('a page that takes the clean attribute or our stylesheet away gets them back, unless cleaning was switched off or the extension reloaded', async () => {
    const doc = load(DEMO);
    const { ctx } = start(doc, DEMO_URL);
    await tick();
    const html = doc.documentElement;
    const own = () => doc.querySelector('style[data-sfc-own]');
    html.removeAttribute(CLEAN_ATTR);
    own()?.remove();
    await vi.waitFor(() => expect([html.hasAttribute(CLEAN_ATTR), !!own()]).toEqual([true, true]), { timeout: 5000 });

    // Switched off by the user: what the page does afterwards is not undone.
    await updateSettings((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, 'finance.sina.com.cn', true) }));
    await vi.waitFor(() => expect(html.hasAttribute(CLEAN_ATTR)).toBe(false), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200)); // four restore periods: nothing comes back
    expect([html.hasAttribute(CLEAN_ATTR), !!own()]).toEqual([false, false]);

    await updateSettings((s) => ({ ...s, cleanDisabledHosts: [] }));
    await vi.waitFor(() => expect(html.hasAttribute(CLEAN_ATTR)).toBe(true), { timeout: 5000 });
    ctx.abort(); // the extension was reloaded: the page may take everything
    html.removeAttribute(CLEAN_ATTR);
    await new Promise((r) => setTimeout(r, 200));
    expect(html.hasAttribute(CLEAN_ATTR)).toBe(false);
  });

  it('leaves a page that only looks like an article (by URL) exactly as it was', async () => {
    const html = '<!doctype html><html><head><title>x</title></head><body><div class="list"><a href="#">新闻</a></div></body></html>';
    const doc = load(html);
    const original = doc.documentElement.outerHTML;
    const { cleaner, ctx } = start(doc, DEMO_URL);
    await tick();
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(cleaner.state().cleaning).toBe(false);
    ctx.abort();
  });

  itCorpus('adds nothing at all on a non-article URL of a non-article page', async () => {
    const doc = load(readFileSync(path.resolve(ROOT, '../shared/corpus/pages/dotaartist-nonarticle-finance-home-2020-03-30.html'), 'utf8'));
    const original = doc.documentElement.outerHTML;
    const { ctx } = start(doc, 'https://finance.sina.com.cn/');
    await tick();
    expect(doc.documentElement.outerHTML).toBe(original);
    ctx.abort();
  });

  it('opens the reader once at load when automatic reader mode is on, not when switched on later', async () => {
    await updateSettings((s) => ({ ...s, autoReaderHosts: ['finance.sina.com.cn'] }));
    const first = start(load(DEMO), DEMO_URL);
    await tick();
    expect(first.openReader).toHaveBeenCalledTimes(1);
    await updateSettings((s) => ({ ...s, autoReaderHosts: [] }));
    const second = start(load(DEMO), DEMO_URL);
    await tick();
    await updateSettings((s) => ({ ...s, autoReaderHosts: ['finance.sina.com.cn'] }));
    await tick();
    expect(second.openReader).not.toHaveBeenCalled();
    first.ctx.abort();
    second.ctx.abort();
  });
});
