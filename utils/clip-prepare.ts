/**
 * The first half of saving a post (utils/clip-post.ts has the second): the export with the user's
 * preset options, plus the image plan when images are saved locally. Runs where the article is
 * (popup, reader, the injected clipper script) — never in the background, which so stays free
 * of the exporters (turndown, yaml).
 */
import { getPreset } from '@/utils/export';
import { collectImageUrls, imageFolder, planImages } from '@/utils/images';
import type { Article } from '@/utils/model';
import type { Settings } from '@/utils/settings';
import type { PreparedClip } from './clip-post';
import { exportWithSettings } from './export-with-settings';

/** `presetId` undefined: the user's default preset (what `save-post` writes). */
export function prepareClip(article: Article, settings: Settings, presetId?: string): PreparedClip {
  const id = presetId ?? settings.defaultPreset;
  const file = exportWithSettings(article, settings, id);
  // The html preset's page forbids non-http images in its CSP (utils/export/html.ts), so local
  // copies could not show there: it keeps remote links (with its no-referrer meta).
  const local = settings.images.mode === 'local' && getPreset(id)?.format !== 'html';
  const images = local ? planImages(collectImageUrls(article.html), imageFolder(settings.images.folderPattern, file.filename, article)) : [];
  return { file, images };
}
