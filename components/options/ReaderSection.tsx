/** Reader view defaults; the reader's own toolbar changes the same settings. Labels are the reader's. */
import { i18n } from '#i18n';
import type { ReaderFont, ReaderSettings, ReaderTheme } from '@/utils/settings';
import type { SectionProps } from './section-props';

/** Labels are looked up when rendered, never at import time (WXT: no code at module top level). */
const themes = (): [ReaderTheme, string][] => [
  ['auto', i18n.t('reader.themeAuto')], ['light', i18n.t('reader.themeLight')], ['sepia', i18n.t('reader.themeSepia')], ['dark', i18n.t('reader.themeDark')],
];
const fonts = (): [ReaderFont, string][] => [['sans', i18n.t('reader.fontSans')], ['serif', i18n.t('reader.fontSerif')], ['kai', i18n.t('reader.fontKai')]];

function NumberField(p: { name: keyof ReaderSettings; label: string; value: number; min: number; max: number; step: number; set(v: number): void }) {
  return (
    <label class="field">
      <span>{p.label}</span>
      <input type="number" name={p.name} value={p.value} min={p.min} max={p.max} step={p.step}
        onChange={(e) => { const v = Number(e.currentTarget.value); if (Number.isFinite(v)) p.set(v); }} />
    </label>
  );
}

export function ReaderSection({ settings, change }: SectionProps) {
  const r = settings.reader;
  const set = (patch: Partial<ReaderSettings>) => void change((s) => ({ ...s, reader: { ...s.reader, ...patch } }));
  return (
    <section aria-labelledby="reader-heading">
      <h2 id="reader-heading">{i18n.t('options.readerDefaults.heading')}</h2>
      <label class="field">
        <span>{i18n.t('reader.theme')}</span>
        <select name="theme" value={r.theme} onChange={(e) => set({ theme: e.currentTarget.value as ReaderTheme })}>
          {themes().map(([v, label]) => <option value={v} key={v}>{label}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{i18n.t('reader.font')}</span>
        <select name="font" value={r.font} onChange={(e) => set({ font: e.currentTarget.value as ReaderFont })}>
          {fonts().map(([v, label]) => <option value={v} key={v}>{label}</option>)}
        </select>
      </label>
      <NumberField name="fontSize" label={i18n.t('reader.size')} value={r.fontSize} min={12} max={32} step={1} set={(fontSize) => set({ fontSize })} />
      <NumberField name="lineHeight" label={i18n.t('reader.lineHeight')} value={r.lineHeight} min={1.2} max={2.6} step={0.1} set={(lineHeight) => set({ lineHeight })} />
      <NumberField name="width" label={i18n.t('reader.width')} value={r.width} min={20} max={60} step={1} set={(width) => set({ width })} />
    </section>
  );
}
