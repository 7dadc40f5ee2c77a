/**
 * The export with the user's settings: the preset they chose (or the one asked for) with the
 * options they changed for it. Every place that exports for the user (saving a post, copying it,
 * copying its Markdown) goes through here, so they all write the same file.
 */
import { exportArticle, type ExportFile } from '@/utils/export';
import type { Article } from '@/utils/model';
import type { Settings } from '@/utils/settings';
import { getSettings } from './settings-store';

/** `presetId` undefined: the user's default preset (what `save-post` writes). */
export function exportWithSettings(article: Article, settings: Settings, presetId?: string): ExportFile {
  const id = presetId ?? settings.defaultPreset;
  return exportArticle(article, id, settings.presets[id] ?? {});
}

/**
 * Copies the export to the clipboard (`presetId` undefined: the user's default preset). Images keep
 * their remote links: a clipboard has no folder beside it.
 */
export async function copyExport(article: Article, presetId?: string): Promise<void> {
  const file = exportWithSettings(article, await getSettings(), presetId);
  await navigator.clipboard.writeText(file.content);
}
