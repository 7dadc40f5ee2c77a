/**
 * The tab's side of the protocol (lib/protocol/messages.ts): hands the page's HTML to the
 * popup/reader, reports what the cleaner did, and opens/closes the reader overlay. Used by the
 * always-on Sina script and by the on-demand bridge injected into other pages.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CleanReport } from '@/lib/protocol/messages';
import { onMessage, sendMessage } from '@/lib/protocol/messages';
import { pageHtmlWithoutOwnNodes } from '@/utils/own-nodes';
import type { ReaderOverlay } from './reader-overlay';

export function registerTabHandlers(
  ctx: ContentScriptContext,
  doc: Document,
  reader: ReaderOverlay,
  report: () => Omit<CleanReport, 'readerOpen'>,
): void {
  const snapshot = () => ({ html: pageHtmlWithoutOwnNodes(doc), url: doc.location?.href ?? '' });
  const offs = [
    onMessage('getPageSnapshot', snapshot),
    onMessage('getCleanReport', () => ({ ...report(), readerOpen: reader.isOpen() })),
    onMessage('setReader', ({ data }) => (data ? reader.open() : reader.close())),
    onMessage('getReaderSnapshot', ({ data }) => (reader.owns(data) ? snapshot() : null)),
    onMessage('closeReader', ({ data }) => (reader.owns(data) ? reader.close() : reader.isOpen())),
  ];
  ctx.onInvalidated(() => offs.forEach((off) => off()));
  if (import.meta.env.MODE === 'e2e') registerE2eHook(ctx);
}

/**
 * e2e builds only (stripped from normal builds): Puppeteer cannot open moz-extension:// pages, so
 * a test page posts `{ sfcE2e: 'open-popup' }` and the background opens the popup for this tab.
 */
function registerE2eHook(ctx: ContentScriptContext): void {
  ctx.addEventListener(window, 'message', (e: MessageEvent) => {
    const data: unknown = e.data;
    if (typeof data === 'object' && data !== null && (data as { sfcE2e?: unknown }).sfcE2e === 'open-popup') {
      void sendMessage('e2eOpenPopup');
    }
  });
}
