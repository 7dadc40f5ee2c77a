/**
 * "Save all open Sina articles": every open tab whose URL is a Sina article is saved with the
 * default preset, one after another (`saveTab`: the same code as the `save-post` command).
 * Progress after each tab; at the end a summary of what was saved and what was skipped and why.
 * Tabs that are not Sina are not counted at all. The loop runs in the background
 * (utils/batch-runner.ts): run from the popup, closing the popup stopped it half-way.
 */
import { siteForUrl } from '@/utils/sites';
import { looksLikeArticleUrl } from './article-url';
import type { ClipOutcome } from './clip-post';

export type BatchReason = 'not-article' | 'discarded' | 'loading' | 'duplicate' | 'error';

export interface BatchItem {
  tabId: number;
  title: string;
  url: string;
  status: 'saved' | 'skipped' | 'failed';
  reason?: BatchReason;
  /** The saved file, or the browser's / extractor's error text. */
  detail?: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  items: BatchItem[];
}

/** The fields of the browser's `tabs.Tab` the loop reads (the background passes real tabs). */
export interface BatchTab {
  id?: number;
  title?: string;
  url?: string;
  discarded?: boolean;
  status?: string;
}

export interface BatchDeps {
  listTabs(): Promise<BatchTab[]>;
  saveTab(tabId: number): Promise<ClipOutcome>;
}

/** Extraction failures that mean "nothing to save here" rather than "something broke". */
const NOT_ARTICLE = new Set(['not-article', 'no-content', 'unsupported']);

/** The article a tab shows: its URL without the query (`?from=qudao`, share links) and fragment. */
function articleKey(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/^http:/i, 'https:');
}

function skipReason(tab: BatchTab, seen: Set<string>): BatchReason | undefined {
  if (!looksLikeArticleUrl(tab.url ?? '')) return 'not-article';
  // The same article open in two tabs is saved once, not as `x.md` and `x (1).md`.
  if (seen.has(articleKey(tab.url ?? ''))) return 'duplicate';
  if (tab.discarded) return 'discarded'; // its page is unloaded; saving would need a reload
  if (tab.status === 'loading') return 'loading';
  return undefined;
}

const isSina = (tab: BatchTab) => siteForUrl(tab.url)?.id === 'sina';

export async function saveAllTabs(onProgress: (p: BatchProgress) => void, deps: BatchDeps): Promise<BatchProgress> {
  const tabs = (await deps.listTabs()).filter((t) => t.id !== undefined && isSina(t));
  const p: BatchProgress = { done: 0, total: tabs.length, items: [] };
  onProgress({ ...p, items: [] });
  const seen = new Set<string>();
  for (const tab of tabs) {
    const base = { tabId: tab.id as number, title: tab.title ?? '', url: tab.url ?? '' };
    const reason = skipReason(tab, seen);
    let item: BatchItem;
    if (reason) item = { ...base, status: 'skipped', reason };
    else {
      const out = await deps.saveTab(base.tabId).catch((err: unknown): ClipOutcome => ({ ok: false, error: String(err) }));
      if (out.ok) {
        seen.add(articleKey(base.url)); // a failed save leaves a second tab of it free to try
        item = { ...base, status: 'saved', detail: out.filename };
      } else if (NOT_ARTICLE.has(out.error)) item = { ...base, status: 'skipped', reason: 'not-article', detail: out.error };
      else item = { ...base, status: 'failed', reason: 'error', detail: out.error };
    }
    p.items.push(item);
    p.done += 1;
    onProgress({ ...p, items: [...p.items] });
  }
  return p;
}

export function summarize(p: BatchProgress): { saved: number; skipped: number; failed: number } {
  const count = (s: BatchItem['status']) => p.items.filter((i) => i.status === s).length;
  return { saved: count('saved'), skipped: count('skipped'), failed: count('failed') };
}
