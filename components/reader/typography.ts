/**
 * Reader typography as CSS variables on <html>. Font stacks name fonts that exist on Chinese
 * systems (macOS, Windows, Linux with Noto CJK), so the choice means something everywhere.
 */
import type { ReaderFont, ReaderSettings } from '@/utils/settings';

export const FONT_STACKS: Record<ReaderFont, string> = {
  sans: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  serif: '"Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif',
  kai: '"Kaiti SC", KaiTi, STKaiti, "AR PL UKai CN", serif',
};

export function applyTypography(root: HTMLElement, t: ReaderSettings): void {
  root.dataset.theme = t.theme; // 'auto' follows prefers-color-scheme in reader.css
  root.dataset.font = t.font;
  root.style.setProperty('--reader-font', FONT_STACKS[t.font]);
  root.style.setProperty('--reader-size', `${t.fontSize}px`);
  root.style.setProperty('--reader-line', String(t.lineHeight));
  root.style.setProperty('--reader-width', `${t.width}em`);
}
