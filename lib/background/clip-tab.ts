/**
 * `save-post` for a tab, from the background (keyboard command, context menu, batch save).
 * Chrome's MV3 service worker has no DOMParser, so the extraction cannot run there: the small
 * one-shot script `clipper.js` (entrypoints/clipper.ts) is injected into the tab, extracts and
 * exports exactly as the popup does (same snapshot, same `extractFromHtml`) and returns the
 * prepared post as the injection's result; the background then saves images and post.
 * The clipper is injected only on demand, so the always-on content script stays small; its code
 * is lib/page/clip-page.ts, kept out of here so the background bundles no extractor or exporter.
 */
import { browser } from 'wxt/browser';
import type { ClipInTab } from '@/lib/protocol/messages';
import { finishClip, type ClipOutcome, type PreparedClip } from '@/utils/clip-post';
import { downloadUrl, saveFile } from './downloads';

function isClipInTab(v: unknown): v is ClipInTab {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

/** Background: inject the clipper into `tabId`'s top frame and take back its prepared post. */
export async function prepareInTab(tabId: number): Promise<ClipInTab> {
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/clipper.js'] });
    const value: unknown = res?.result;
    return isClipInTab(value) ? value : { ok: false, error: 'no-result' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export const finishInBackground = (clip: PreparedClip): Promise<ClipOutcome> =>
  finishClip(clip, { saveFile, download: downloadUrl });

/** Background: the whole `save-post` of a tab. */
export async function saveTab(tabId: number): Promise<ClipOutcome> {
  const prepared = await prepareInTab(tabId);
  return prepared.ok ? finishInBackground(prepared.clip) : prepared;
}
