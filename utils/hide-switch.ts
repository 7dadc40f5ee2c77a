/**
 * The pre-paint half of live cleaning (CSS first: nothing flashes, and turning it off is instant): the hide stylesheet built from the site rules
 * (every selector scoped under `html[CLEAN_ATTR]`) plus the attribute that switches it. Both carry
 * or are the only traces we leave, and `off()` takes both away again.
 */
import { CLEAN_ATTR } from '@/utils/live-clean';
import { OWN_ATTR } from './own-nodes';

export interface HideSwitch {
  /** False when <html> does not exist yet (Firefox can run document_start scripts before it). */
  on(): boolean;
  off(): void;
}

export function createHideSwitch(doc: Document, css: () => string): HideSwitch {
  let style: HTMLStyleElement | null = null;
  return {
    on() {
      const root = doc.documentElement;
      if (!root) return false;
      if (!style) {
        style = doc.createElement('style');
        style.setAttribute(OWN_ATTR, '');
        style.textContent = css();
      }
      if (!style.isConnected) root.prepend(style);
      root.setAttribute(CLEAN_ATTR, '');
      return true;
    },
    off() {
      style?.remove();
      doc.documentElement?.removeAttribute(CLEAN_ATTR);
    },
  };
}
