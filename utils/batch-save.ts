/**
 * "Save all open articles": every open tab ./batch-tabs.ts takes (Sina's, and article tabs of the
 * granted other sites) is saved with the default preset, one after another (`saveTab`: the same
 * code as the `save-post` command). Progress after each tab; at the end a summary of what was
 * saved and what was skipped and why, and how many article tabs of sites not granted were left.
 * Other tabs are not counted at all. The loop runs in the background (utils/batch-runner.ts): run
 * from the popup, closing the popup stopped it half-way.
 */
import type { OtherSiteId } from '@/utils/sites/types';
import { looksLikeArticleUrl } from './article-url';
import { batchTabKind } from './batch-tabs';
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
  /** Article tabs of sites the user has not granted, left alone (absent in a batch stored by an older version). */
  notAllowed?: number;
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
  /** The other sites the user granted (none when not given: Sina only). */
  grantedSites?(): Promise<readonly OtherSiteId[]>;
}

/** Extraction failures that mean "nothing to save here" rather than "something broke". */
const NOT_ARTICLE = new Set(['not-article', 'no-content', 'unsupported']);

/** The article a tab shows: its URL without the query (`?from=qudao`, share links) and fragment. */
function articleKey(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/^http:/i, 'https:');
}

function skipReason(tab: BatchTab & { kind: string }, seen: Set<string>): BatchReason | undefined {
  // Another site's tab is taken only when its address is an article; a Sina tab is judged here.
  if (tab.kind === 'sina' && !looksLikeArticleUrl(tab.url ?? '')) return 'not-article';
  // The same article open in two tabs is saved once, not as `x.md` and `x (1).md`.
  if (seen.has(articleKey(tab.url ?? ''))) return 'duplicate';
  if (tab.discarded) return 'discarded'; // its page is unloaded; saving would need a reload
  if (tab.status === 'loading') return 'loading';
  return undefined;
}

export async function saveAllTabs(onProgress: (p: BatchProgress) => void, deps: BatchDeps): Promise<BatchProgress> {
  const granted = (await deps.grantedSites?.()) ?? [];
  const listed = (await deps.listTabs()).filter((t) => t.id !== undefined).map((t) => ({ ...t, kind: batchTabKind(t.url, granted) }));
  const tabs = listed.filter((t) => t.kind === 'sina' || t.kind === 'other-article');
  const notAllowed = listed.filter((t) => t.kind === 'not-allowed').length;
  const p: BatchProgress = { done: 0, total: tabs.length, items: [], notAllowed };
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
