import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { PRESETS, type PresetId } from '@/utils/export';
import { PresetFields } from './PresetFields';
import { PresetPreview } from './PresetPreview';
import { presetLabel } from './preset-labels';
import type { SectionProps } from './section-props';

export function ExportSection({ settings, change }: SectionProps) {
  const [editing, setEditing] = useState<PresetId>((PRESETS.find((p) => p.id === settings.defaultPreset)?.id ?? 'hexo'));
  const preset = PRESETS.find((p) => p.id === editing) ?? PRESETS[0];
  if (!preset) return null;
  const options = PRESETS.map((p) => <option value={p.id} key={p.id}>{presetLabel(p.id)}</option>);
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{i18n.t('options.export.heading')}</h2>
      <label class="field">
        <span>{i18n.t('options.export.defaultPreset')}</span>
        <select name="defaultPreset" value={settings.defaultPreset} onChange={(e) => {
          const v = e.currentTarget.value;
          void change((s) => ({ ...s, defaultPreset: v }));
        }}>{options}</select>
      </label>
      <label class="field">
        <span>{i18n.t('options.export.editPreset')}</span>
        <select name="editPreset" value={editing} onChange={(e) => setEditing(e.currentTarget.value as PresetId)}>{options}</select>
      </label>
      <PresetFields preset={preset} settings={settings} change={change} />
      <PresetPreview preset={preset} settings={settings} />
    </section>
  );
}
