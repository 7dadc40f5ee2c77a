import { i18n } from '#i18n';
import type { ImageMode } from '@/utils/settings';
import type { SectionProps } from './section-props';

export function ImagesSection({ settings, change }: SectionProps) {
  const img = settings.images;
  const setMode = (mode: ImageMode) => void change((s) => ({ ...s, images: { ...s.images, mode } }));
  return (
    <section aria-labelledby="images-heading">
      <h2 id="images-heading">{i18n.t('options.images.heading')}</h2>
      <fieldset>
        <legend>{i18n.t('options.images.mode')}</legend>
        <label class="check">
          <input type="radio" name="imageMode" value="remote" checked={img.mode === 'remote'} onChange={() => setMode('remote')} />
          {i18n.t('options.images.remote')}
        </label>
        <label class="check">
          <input type="radio" name="imageMode" value="local" checked={img.mode === 'local'} onChange={() => setMode('local')} />
          {i18n.t('options.images.local')}
        </label>
      </fieldset>
      <label class="field">
        <span>{i18n.t('options.images.folder')}</span>
        <input name="imageFolder" value={img.folderPattern} disabled={img.mode !== 'local'} aria-describedby="folder-hint"
          onChange={(e) => {
            const folderPattern = e.currentTarget.value;
            void change((s) => ({ ...s, images: { ...s.images, folderPattern } }));
          }} />
        <small id="folder-hint">{i18n.t('options.images.folderHint', ['{name} {title} {docid} {date}'])}</small>
      </label>
      <p class="note">{i18n.t('options.images.htmlNote')}</p>
    </section>
  );
}
