/**
 * The injected clipper's work, IN the tab (entrypoints/clipper.ts): extract and export exactly as
 * the popup does (same snapshot, same `extractFromHtml`, the stored options) and hand the
 * prepared post back to the background as the injection's result.
 */
import type { ClipInTab } from '@/lib/protocol/messages';
import { getSettings } from '@/lib/shared/settings-store';
import { extractWithUserRules } from '@/lib/shared/tab-article';
import { prepareClip } from '@/utils/clip-prepare';
import { pageHtmlWithoutOwnNodes } from '@/utils/own-nodes';

/** Runs IN the tab (the injected clipper script). */
export async function clipThisPage(doc: Document, url: string): Promise<ClipInTab> {
  try {
    const result = await extractWithUserRules(pageHtmlWithoutOwnNodes(doc), url);
    if (!result.ok) return { ok: false, error: result.reason };
    return { ok: true, clip: prepareClip(result.article, await getSettings()) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
