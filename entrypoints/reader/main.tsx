/**
 * reader.html: the reader view, mounted by the tab's script as a full-page iframe (the tab keeps
 * the article's URL). `?tabId=N&key=K` name the tab whose article it shows and the one-time key
 * its overlay gave this frame (lib/page/reader-overlay.ts).
 *
 * Nothing is shown and no key is listened to until the tab has answered to that key: a reader
 * page framed by anything but our own overlay (a site that framed it to clickjack the settings
 * toolbar) stays blank and marks itself `data-refused` (tests/e2e/hostile-page.e2e.test.ts).
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import { Reader } from '@/components/reader/Reader';
import { sendMessage, type ReaderRequest } from '@/lib/protocol/messages';
import { extractWithUserRules } from '@/lib/shared/tab-article';
import type { ExtractResult } from '@/utils/model';

const params = new URLSearchParams(location.search);
const req: ReaderRequest = { tabId: Number(params.get('tabId')), key: params.get('key') ?? '' };
const close = () => void sendMessage('readerClose', req).catch(() => undefined);

function start(load: () => Promise<ExtractResult>): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  render(<Reader load={load} onClose={close} />, document.getElementById('app')!);
}

document.title = i18n.t('reader.title');
sendMessage('readerSnapshot', req).then(
  (snap) => {
    if (snap) start(() => extractWithUserRules(snap.html, snap.url));
    else document.documentElement.dataset.refused = 'true';
  },
  // The tab did not answer (its script gone): the reader says so, with its close button.
  (err: unknown) => start(() => Promise.reject(err)),
);
