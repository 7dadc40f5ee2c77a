/** Reader typography controls; every change is stored in settings (remembered across pages). */
import { i18n } from '#i18n';
import type { ReaderFont, ReaderSettings, ReaderTheme } from '@/utils/settings';

interface Props {
  value: ReaderSettings;
  onChange(patch: Partial<ReaderSettings>): void;
  onClose(): void;
}

const FONTS: [ReaderFont, string][] = [['sans', 'reader.fontSans'], ['serif', 'reader.fontSerif'], ['kai', 'reader.fontKai']];
const THEMES: [ReaderTheme, string][] = [
  ['auto', 'reader.themeAuto'], ['light', 'reader.themeLight'], ['sepia', 'reader.themeSepia'], ['dark', 'reader.themeDark'],
];

function Select<T extends string>(p: { label: string; name: string; value: T; options: [T, string][]; onPick(v: T): void }) {
  return (
    <label>
      <span>{p.label}</span>
      <select name={p.name} value={p.value} onChange={(e) => p.onPick((e.currentTarget as HTMLSelectElement).value as T)}>
        {p.options.map(([v, key]) => <option value={v} key={v}>{i18n.t(key as 'reader.fontSans')}</option>)}
      </select>
    </label>
  );
}

function Range(p: { label: string; name: string; value: number; min: number; max: number; step: number; onPick(v: number): void }) {
  return (
    <label>
      <span>{p.label}</span>
      <input type="range" name={p.name} min={p.min} max={p.max} step={p.step} value={p.value}
        onInput={(e) => p.onPick(Number((e.currentTarget as HTMLInputElement).value))} />
      <output>{p.value}</output>
    </label>
  );
}

export function Toolbar({ value, onChange, onClose }: Props) {
  return (
    <nav class="toolbar" aria-label={i18n.t('reader.settings')}>
      <Select label={i18n.t('reader.font')} name="font" value={value.font} options={FONTS} onPick={(font) => onChange({ font })} />
      <Range label={i18n.t('reader.size')} name="fontSize" value={value.fontSize} min={12} max={32} step={1} onPick={(fontSize) => onChange({ fontSize })} />
      <Range label={i18n.t('reader.lineHeight')} name="lineHeight" value={value.lineHeight} min={1.2} max={2.6} step={0.1} onPick={(lineHeight) => onChange({ lineHeight })} />
      <Range label={i18n.t('reader.width')} name="width" value={value.width} min={20} max={60} step={1} onPick={(width) => onChange({ width })} />
      <Select label={i18n.t('reader.theme')} name="theme" value={value.theme} options={THEMES} onPick={(theme) => onChange({ theme })} />
      <button type="button" data-action="close-reader" class="close" onClick={onClose} title={i18n.t('reader.close')} aria-label={i18n.t('reader.close')}>
        ✕
      </button>
    </nav>
  );
}
