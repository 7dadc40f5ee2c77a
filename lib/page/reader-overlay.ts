/**
 * The reader view as a full-page overlay inside the tab, so the page's URL stays the article's:
 * an <iframe> of the extension page reader.html over everything. The reader page asks this tab
 * for its HTML itself (through the background) and renders it; nothing of the article runs here.
 * Esc in the page or in the reader, or the popup, closes it.
 *
 * The page must learn nothing from it and be able to do nothing with it:
 * - The frame sits in a CLOSED shadow root of a plain <div>: page scripts see the div, never the
 *   frame or its address (the extension's origin: Chrome's id, Firefox's per-install UUID, which
 *   would be a cross-site identifier), nor the tab id and key in it.
 * - The address carries a one-time key; the reader page shows and does nothing until this script
 *   has recognised its key (`owns`), so a reader page framed by anyone else is blank: no article,
 *   no settings toolbar to clickjack (entrypoints/reader/main.tsx).
 * - Chrome serves reader.html only at its per-session dynamic URL (`use_dynamic_url` in
 *   wxt.config.ts), so a page cannot even load it under the extension's public id.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/protocol/messages';
import { OWN_ATTR } from '@/utils/own-nodes';

export interface ReaderOverlay {
  open(): Promise<boolean>;
  close(): boolean;
  isOpen(): boolean;
  /** Whether `key` is the key of the frame open now (the reader frame proving it is ours). */
  owns(key: string): boolean;
}

/** On the page-visible host: all the page can see of the reader (OWN_ATTR says it is ours). */
const HOST_STYLE = [
  'position:fixed', 'inset:0', 'width:100vw', 'height:100vh', 'max-width:none', 'max-height:none',
  'margin:0', 'padding:0', 'border:0', 'z-index:2147483647', 'background:transparent', 'display:block',
].map((d) => `${d} !important`).join(';');

/** Transparent until reader.html paints its own themed background: no white flash in dark mode. */
const FRAME_STYLE = 'display:block;width:100%;height:100%;margin:0;padding:0;border:0;background:transparent';

/** 128 random bits as hex (`crypto.randomUUID` needs a secure context; http pages are not). */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function readerFrame(doc: Document, tabId: number, key: string): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', FRAME_STYLE);
  // Named for screen readers in the user's language (`reader.title` in locales/*.yml). The
  // browser's own getMessage: the #i18n wrapper would cost ~1 KB of the 20 KB budget here.
  frame.setAttribute('title', (browser.i18n.getMessage as (name: string) => string)('reader_title'));
  frame.src = `${browser.runtime.getURL('/reader.html')}?tabId=${tabId}&key=${key}`;
  frame.addEventListener('load', () => frame.focus());
  return frame;
}

export function createReaderOverlay(ctx: ContentScriptContext, doc: Document): ReaderOverlay {
  let host: HTMLElement | null = null;
  let key: string | null = null;
  let savedOverflow: string | null = null;
  const onKey = (e: KeyboardEvent) => {
    if (host && e.key === 'Escape') overlay.close();
  };
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.onInvalidated(() => overlay.close());

  const overlay: ReaderOverlay = {
    async open() {
      if (host) return true;
      const tabId = await sendMessage('getSenderTabId');
      if (host || ctx.isInvalid) return Boolean(host);
      key = newKey();
      host = doc.createElement('div');
      host.setAttribute(OWN_ATTR, 'reader');
      host.setAttribute('style', HOST_STYLE);
      host.attachShadow({ mode: 'closed' }).append(readerFrame(doc, tabId, key));
      // Lock the page's scroll under the overlay; the attribute is put back exactly on close.
      savedOverflow = doc.documentElement.getAttribute('style');
      doc.documentElement.style.setProperty('overflow', 'hidden', 'important');
      doc.documentElement.appendChild(host);
      return true;
    },
    close() {
      if (!host) return false;
      host.remove();
      host = null;
      key = null;
      if (savedOverflow === null) doc.documentElement.removeAttribute('style');
      else doc.documentElement.setAttribute('style', savedOverflow);
      return false;
    },
    isOpen: () => Boolean(host),
    owns: (k) => key !== null && k === key,
  };
  return overlay;
}
