/**
 * Saving a post, in two halves so each runs where it can:
 * - `prepareClip` (any context with the article: popup, reader, the injected clipper script):
 *   the export with the user's preset options, plus the image plan when images are saved locally;
 * - `finishClip` (background, which owns the downloads API): images first, then the post with its
 *   links pointing at the images that arrived. A failed image keeps its remote link; the post is
 *   saved regardless and the outcome says which images failed and why.
 */
import { exportArticle, getPreset, type ExportFile } from '@/utils/export';
import { collectImageUrls, imageFolder, planImages, rewriteImageLinks, type PlannedImage } from '@/utils/images';
import type { Article } from '@/utils/model';
import type { Settings } from '@/utils/settings';
import { saveImages, type UrlDownload } from './save-images';

export interface PreparedClip {
  file: ExportFile;
  images: PlannedImage[];
}

export type ClipOutcome =
  | { ok: true; filename: string; images: { saved: number; failed: { url: string; error: string }[] } }
  | { ok: false; error: string };

/** `presetId` undefined: the user's default preset (what `save-post` writes). */
export function prepareClip(article: Article, settings: Settings, presetId?: string): PreparedClip {
  const id = presetId ?? settings.defaultPreset;
  const file = exportArticle(article, id, settings.presets[id] ?? {});
  // The html preset's page forbids non-http images in its CSP (utils/export/html.ts), so local
  // copies could not show there: it keeps remote links (with its no-referrer meta).
  const local = settings.images.mode === 'local' && getPreset(id)?.format !== 'html';
  const images = local ? planImages(collectImageUrls(article.html), imageFolder(settings.images.folderPattern, file.filename, article)) : [];
  return { file, images };
}

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
