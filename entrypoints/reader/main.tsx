/**
 * reader.html: the reader view, mounted by the tab's script as a full-page iframe (the tab keeps
 * the article's URL). `?tabId=N` names the tab whose article it shows.
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import { Reader } from '@/components/reader/Reader';
import { sendMessage } from '@/lib/messaging';
import { loadArticleForReader } from '@/lib/tab-article';

const tabId = Number(new URLSearchParams(location.search).get('tabId'));
const close = () => void sendMessage('readerClose', tabId).catch(() => undefined);
const load = () => loadArticleForReader(tabId);

document.title = i18n.t('reader.title');
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') close();
});
render(<Reader load={load} onClose={close} />, document.getElementById('app')!);
