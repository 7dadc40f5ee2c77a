/** Live preview: the real exporter on the sample article with the effective options. Text only. */
import { i18n } from '#i18n';
import { exportWithSettings } from '@/utils/export-with-settings';
import type { ExportPreset } from '@/utils/export';
import { splitFrontMatter } from '@/utils/images';
import type { Settings } from '@/utils/settings';
import { SAMPLE_ARTICLE } from './sample-article';

export function PresetPreview({ preset, settings }: { preset: ExportPreset; settings: Settings }) {
  let filename: string;
  let head: string;
  try {
    const file = exportWithSettings(SAMPLE_ARTICLE, settings, preset.id);
    filename = file.filename;
    head = splitFrontMatter(file.content).head || file.content.split('\n').slice(0, 12).join('\n');
  } catch (err) {
    return <p class="status" data-kind="error">{i18n.t('options.export.previewError', [String(err)])}</p>;
  }
  return (
    <figure class="preview" aria-labelledby="preview-caption">
      <figcaption id="preview-caption">{i18n.t('options.export.preview')}</figcaption>
      <p data-preview="filename">{i18n.t('options.export.previewFile', [filename])}</p>
      <pre data-preview="front-matter" tabIndex={0}>{head}</pre>
    </figure>
  );
}
