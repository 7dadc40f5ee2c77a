/**
 * Saving a post, in two halves so each runs where it can:
 * - `prepareClip` (utils/clip-prepare.ts; any context with the article: popup, reader, the injected
 *   clipper script): the export with the user's preset options, plus the image plan;
 * - `finishClip` (here; the background runs it with the downloads API as `io`,
 *   lib/background/clip-tab.ts): images first, then the post with its links pointing at the
 *   images that arrived. A failed image keeps its remote link; the post is saved regardless and
 *   the outcome says which images failed and why.
 */
import type { ExportFile } from '@/utils/export';
import { rewriteImageLinks, type PlannedImage } from '@/utils/images';
import { saveImages, type UrlDownload } from './save-images';

export interface PreparedClip {
  file: ExportFile;
  images: PlannedImage[];
}

export type ClipOutcome =
  | { ok: true; filename: string; images: { saved: number; failed: { url: string; error: string }[] } }
  | { ok: false; error: string };

export interface FinishIo {
  saveFile(file: ExportFile): Promise<{ ok: true; filename: string } | { ok: false; error: string }>;
  download: UrlDownload;
}

export async function finishClip(clip: PreparedClip, io: FinishIo): Promise<ClipOutcome> {
  const imgs = await saveImages(clip.images, io.download);
  const content = imgs.saved.size ? rewriteImageLinks(clip.file.content, imgs.saved) : clip.file.content;
  const post = await io.saveFile({ ...clip.file, content });
  if (!post.ok) return post;
  return { ok: true, filename: post.filename, images: { saved: imgs.saved.size, failed: imgs.failed } };
}
