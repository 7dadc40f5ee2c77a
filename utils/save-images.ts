/**
 * Downloads a post's images into the folder beside it, through the `download` it is given (the
 * background's `downloadUrl`, lib/background/downloads.ts, which says why no referrer is sent).
 * A failed image is reported and keeps its remote link (utils/images.ts); the post is still saved.
 */
import type { PlannedImage } from '@/utils/images';

/** How a download ended: the file the browser wrote, or its error text. */
export type DownloadResult = { ok: true; filename: string } | { ok: false; error: string };

export type UrlDownload = (url: string, path: string) => Promise<DownloadResult>;

export interface ImagesOutcome {
  /** Image URL → path of the saved file relative to the post (`<folder>/<file>`). */
  saved: Map<string, string>;
  failed: { url: string; error: string }[];
}

/** `/dl/post/1 (1).jpg` with planned `post/1.jpg` → `post/1 (1).jpg` (the browser renamed a duplicate). */
export function savedPath(planned: string, finalFilename: string): string {
  const base = finalFilename.split(/[\\/]/).pop() ?? '';
  const folder = planned.slice(0, planned.lastIndexOf('/'));
  return base ? `${folder}/${base}` : planned;
}

/** Two at a time: quick for a dozen pictures, gentle on the image host and the downloads shelf. */
export async function saveImages(plan: readonly PlannedImage[], download: UrlDownload, parallel = 2): Promise<ImagesOutcome> {
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
