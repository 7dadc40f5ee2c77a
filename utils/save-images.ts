/**
 * Downloads a post's images into the folder beside it (background: the downloads API).
 *
 * No referrer: a download the extension starts carries no `Referer` header (it has no page behind
 * it), which is what Sina's image hosts (n.sinaimg.cn) need — they refuse foreign referrers.
 * tests/e2e/clipper.e2e.test.ts checks it on the server side. `fetch` is not used: the extension
 * has no host permission for *.sinaimg.cn (the permissions stay no wider than the Sina hosts).
 *
 * A failed image is reported and keeps its remote link (utils/images.ts); the post is still saved.
 */
import { browser } from 'wxt/browser';
import type { PlannedImage } from '@/utils/images';
import { settleDownload } from './downloads';
import type { DownloadResult } from './messaging';

export type UrlDownload = (url: string, path: string) => Promise<DownloadResult>;

export interface ImagesOutcome {
  /** Image URL → path of the saved file relative to the post (`<folder>/<file>`). */
  saved: Map<string, string>;
  failed: { url: string; error: string }[];
}

/** Background only. `uniquify`: re-saving a post never overwrites the images of the first copy. */
export const downloadUrl: UrlDownload = async (url, path) => {
  try {
    const id = await browser.downloads.download({ url, filename: path, conflictAction: 'uniquify', saveAs: false });
    return await settleDownload(id);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
};

/** `/dl/post/1 (1).jpg` with planned `post/1.jpg` → `post/1 (1).jpg` (the browser renamed a duplicate). */
export function savedPath(planned: string, finalFilename: string): string {
  const base = finalFilename.split(/[\\/]/).pop() ?? '';
  const folder = planned.slice(0, planned.lastIndexOf('/'));
  return base ? `${folder}/${base}` : planned;
}

/** Two at a time: quick for a dozen pictures, gentle on the image host and the downloads shelf. */
export async function saveImages(plan: readonly PlannedImage[], download: UrlDownload = downloadUrl, parallel = 2): Promise<ImagesOutcome> {
  const out: ImagesOutcome = { saved: new Map(), failed: [] };
  const results: Awaited<ReturnType<UrlDownload>>[] = new Array(plan.length);
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const i = next++;
      const item = plan[i] as PlannedImage;
      results[i] = await download(item.url, item.path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, plan.length) }, worker));
  plan.forEach((item, i) => {
    const r = results[i];
    if (r?.ok) out.saved.set(item.url, savedPath(item.path, r.filename));
    else out.failed.push({ url: item.url, error: r?.error ?? 'not attempted' });
  });
  return out;
}
