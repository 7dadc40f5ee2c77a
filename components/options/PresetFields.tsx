/**
 * The options of one export preset. Shown values are the effective ones (the preset's defaults
 * under the user's overrides); a change stores only that field as an override.
 */
import { i18n } from '#i18n';
import { DATE_FORMATS, EXTRA_KEYS, FILENAME_TOKENS, normalizeExportOptions, type ExportOptions, type ExportPreset } from '@/utils/export';
import type { PresetOverrides } from '@/utils/settings-presets';
import { extraKeyLabel } from './preset-labels';
import type { SectionProps } from './section-props';

interface Props extends SectionProps {
  preset: ExportPreset;
}

const splitList = (v: string) => v.split(/[,，、]/).map((x) => x.trim()).filter(Boolean);

export function PresetFields({ preset, settings, change }: Props) {
  const id = preset.id;
  const eff: ExportOptions = normalizeExportOptions({ ...preset.defaults, ...settings.presets[id] }, preset);
  const has = (k: keyof ExportOptions) => preset.configurable.includes(k);
  const set = (patch: PresetOverrides) =>
    change((s) => ({ ...s, presets: { ...s.presets, [id]: { ...s.presets[id], ...patch } } }));
  const reset = () => change((s) => ({ ...s, presets: Object.fromEntries(Object.entries(s.presets).filter(([k]) => k !== id)) }));
  const dateLabel = (d: string) => (d === 'iso' ? i18n.t('options.export.dateIso') : i18n.t('options.export.dateRfc'));
  return (
    <div class="preset" data-preset={id}>
      {has('categories') && (
        <label class="field">
          <span>{i18n.t('options.export.categories')}</span>
          <input name="categories" value={eff.categories.join(', ')} onChange={(e) => void set({ categories: splitList(e.currentTarget.value) })} />
        </label>
      )}
      {has('articleCategories') && (
        <label class="check">
          <input type="checkbox" name="articleCategories" checked={eff.articleCategories} onChange={(e) => void set({ articleCategories: e.currentTarget.checked })} />
          {i18n.t('options.export.articleCategories')}
        </label>
      )}
      {has('author') && (
        <label class="field">
          <span>{i18n.t('options.export.author')}</span>
          <input name="author" value={eff.author} onChange={(e) => void set({ author: e.currentTarget.value })} />
        </label>
      )}
      {has('extraKeys') && (
        <fieldset>
          <legend>{i18n.t('options.export.extraKeys')}</legend>
          {EXTRA_KEYS.map((k) => (
            <label class="check" key={k}>
              <input type="checkbox" name="extraKeys" value={k} checked={eff.extraKeys.includes(k)} onChange={(e) => {
                const on = e.currentTarget.checked;
                void set({ extraKeys: EXTRA_KEYS.filter((x) => (x === k ? on : eff.extraKeys.includes(x))) });
              }} />
              {extraKeyLabel(k)}
            </label>
          ))}
        </fieldset>
      )}
      {has('dateFormat') && (
        <fieldset>
          <legend>{i18n.t('options.export.dateFormat')}</legend>
          {DATE_FORMATS.map((d) => (
            <label class="check" key={d}>
              <input type="radio" name={`dateFormat-${id}`} value={d} checked={eff.dateFormat === d} onChange={() => void set({ dateFormat: d })} />
              {dateLabel(d)}
            </label>
          ))}
        </fieldset>
      )}
      <label class="field">
        <span>{i18n.t('options.export.filename')}</span>
        <input name="filenamePattern" value={eff.filenamePattern} aria-describedby="filename-hint" onChange={(e) => void set({ filenamePattern: e.currentTarget.value })} />
        <small id="filename-hint">{i18n.t('options.export.filenameHint', [FILENAME_TOKENS.join(' ')])}</small>
      </label>
      {preset.configurable.length === 1 && <p class="note">{i18n.t('options.export.notConfigurable')}</p>}
      <button type="button" data-action="reset-preset" onClick={() => void reset()}>{i18n.t('options.export.resetPreset')}</button>
    </div>
  );
}
