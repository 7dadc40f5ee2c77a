import { i18n } from '#i18n';
import type { ExtraKey, PresetId } from '@/utils/export';

export function presetLabel(id: PresetId): string {
  switch (id) {
    case 'hexo':
      return i18n.t('options.preset.hexo');
    case 'hexo-full':
      return i18n.t('options.preset.hexoFull');
    case 'markdown':
      return i18n.t('options.preset.markdown');
    case 'html':
      return i18n.t('options.preset.html');
  }
}

export function extraKeyLabel(key: ExtraKey): string {
  switch (key) {
    case 'tags':
      return i18n.t('options.extra.tags');
    case 'link':
      return i18n.t('options.extra.link');
    case 'source':
      return i18n.t('options.extra.source');
    case 'original_title':
      return i18n.t('options.extra.originalTitle');
    case 'editor':
      return i18n.t('options.extra.editor');
    case 'updated':
      return i18n.t('options.extra.updated');
  }
}
