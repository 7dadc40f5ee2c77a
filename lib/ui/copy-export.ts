/** The popup's and the reader's copy buttons: the export they would save, onto the clipboard. */
import type { Article } from '@/utils/model';
import { exportWithSettings } from '@/utils/export-with-settings';
import { getSettings } from '@/lib/shared/settings-store';

/**
 * Copies the export to the clipboard (`presetId` undefined: the user's default preset). Images keep
 * their remote links: a clipboard has no folder beside it.
 */
export async function copyExport(article: Article, presetId?: string): Promise<void> {
  const file = exportWithSettings(article, await getSettings(), presetId);
  await navigator.clipboard.writeText(file.content);
}
