/**
 * What the popup's buttons do (the components only call these). Exports go through the core's
 * `exportArticle` with the user's preset options, and are saved by the background.
 */
import { sendMessage, toTab } from '@/lib/protocol/messages';
import { getSettings, updateSettings } from '@/lib/shared/settings-store';
import type { ClipOutcome } from '@/utils/clip-post';
import { prepareClip } from '@/utils/clip-prepare';
import { isArticle } from '@/utils/detect';
import type { Article } from '@/utils/model';
import { toggleHost, type Settings } from '@/utils/settings';
import { copyExport } from './copy-export';

/** `preset` undefined: the user's default preset (`save-post`). */
export async function saveArticle(article: Article, preset?: string): Promise<ClipOutcome> {
  // The user's preset options and image handling (images saved beside the post when chosen) are
  // applied here, where the article is; the background downloads the images, rewrites the links,
  // then saves the post.
  return sendMessage('savePrepared', prepareClip(article, await getSettings(), preset));
}

export function copyMarkdown(article: Article): Promise<void> {
  return copyExport(article, 'markdown');
}

/** Switches cleaning for `host` and waits (≤ 2 s) until the tab's script has applied it. */
export async function setCleaning(tabId: number, host: string, on: boolean): Promise<void> {
  await updateSettings((s) => ({ ...s, cleanDisabledHosts: toggleHost(s.cleanDisabledHosts, host, !on) }));
  for (let i = 0; i < 40; i++) {
    const r = await sendMessage('getCleanReport', undefined, toTab(tabId)).catch(() => null);
    if (!r || r.cleaning === on || !isArticle(r.detection)) return;
    await new Promise((res) => setTimeout(res, 50));
  }
}

export function setAutoReader(host: string, on: boolean): Promise<Settings> {
  return updateSettings((s) => ({ ...s, autoReaderHosts: toggleHost(s.autoReaderHosts, host, on) }));
}

export function setReader(tabId: number, open: boolean): Promise<boolean> {
  return sendMessage('setReader', open, toTab(tabId));
}

/** Opens the reader, or closes it when it is open now (asked afresh: Esc may have closed it). */
export async function toggleReader(tabId: number): Promise<boolean> {
  const now = await sendMessage('getCleanReport', undefined, toTab(tabId));
  return setReader(tabId, !now.readerOpen);
}
