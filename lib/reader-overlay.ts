/**
 * The reader view as a full-page overlay inside the tab, so the page's URL stays the article's:
 * an <iframe> of the extension page reader.html (web_accessible_resources) over everything. The
 * reader page asks this tab for its HTML itself (by tab id) and renders it; nothing of the article
 * runs here. Esc in the page or in the reader, or the popup, closes it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from './messaging';
import { OWN_ATTR } from './own-nodes';

export interface ReaderOverlay {
  open(): Promise<boolean>;
  close(): boolean;
  isOpen(): boolean;
}

/** Transparent until reader.html paints its own themed background: no white flash in dark mode. */
const FRAME_STYLE = [
  'position:fixed', 'inset:0', 'width:100vw', 'height:100vh', 'max-width:none', 'max-height:none',
  'margin:0', 'padding:0', 'border:0', 'z-index:2147483647', 'background:transparent', 'display:block',
].map((d) => `${d} !important`).join(';');

export function createReaderOverlay(ctx: ContentScriptContext, doc: Document): ReaderOverlay {
  let frame: HTMLIFrameElement | null = null;
  let savedOverflow: string | null = null;
  const onKey = (e: KeyboardEvent) => {
    if (frame && e.key === 'Escape') overlay.close();
  };
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.onInvalidated(() => overlay.close());

  const overlay: ReaderOverlay = {
    async open() {
      if (frame) return true;
      const tabId = await sendMessage('getSenderTabId');
      if (frame || ctx.isInvalid) return Boolean(frame);
      frame = doc.createElement('iframe');
      frame.setAttribute(OWN_ATTR, '');
      frame.setAttribute('style', FRAME_STYLE);
      // Named for screen readers in the user's language (`reader.title` in locales/*.yml). The
      // browser's own getMessage: the #i18n wrapper would cost ~1 KB of the 20 KB budget here.
      frame.setAttribute('title', (browser.i18n.getMessage as (name: string) => string)('reader_title'));
      frame.src = `${browser.runtime.getURL('/reader.html')}?tabId=${tabId}`;
      frame.addEventListener('load', () => frame?.focus());
      // Lock the page's scroll under the overlay; the attribute is put back exactly on close.
      savedOverflow = doc.documentElement.getAttribute('style');
      doc.documentElement.style.setProperty('overflow', 'hidden', 'important');
      doc.documentElement.appendChild(frame);
      return true;
    },
    close() {
      if (!frame) return false;
      frame.remove();
      frame = null;
      if (savedOverflow === null) doc.documentElement.removeAttribute('style');
      else doc.documentElement.setAttribute('style', savedOverflow);
      return false;
    },
    isOpen: () => Boolean(frame),
  };
  return overlay;
}
