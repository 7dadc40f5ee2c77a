/**
 * The export with the user's settings: the preset they chose (or the one asked for) with the
 * options they changed for it. Every place that exports for the user (saving a post, copying it,
 * copying its Markdown: lib/ui/copy-export.ts) goes through here, so they all write the same file.
 */
import { exportArticle, type ExportFile } from '@/utils/export';
import type { Article } from '@/utils/model';
import type { Settings } from '@/utils/settings';

/** `presetId` undefined: the user's default preset (what `save-post` writes). */
export function exportWithSettings(article: Article, settings: Settings, presetId?: string): ExportFile {
  const id = presetId ?? settings.defaultPreset;
  return exportArticle(article, id, settings.presets[id] ?? {});
}
