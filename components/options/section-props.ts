import type { Settings } from '@/utils/settings';

export interface SectionProps {
  settings: Settings;
  change(fn: (s: Settings) => Settings): Promise<void>;
}
