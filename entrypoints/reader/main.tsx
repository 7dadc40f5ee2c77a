/**
 * reader.html: the reader view, mounted by the tab's script as a full-page iframe (the tab keeps
 * the article's URL). `?tabId=N` names the tab whose article it shows.
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import { Reader } from '@/components/reader/Reader';
import { setReader } from '@/lib/popup-actions';
import { loadArticle } from '@/lib/tab-article';

const tabId = Number(new URLSearchParams(location.search).get('tabId'));
const close = () => void setReader(tabId, false).catch(() => undefined);
const load = () => loadArticle(tabId);

document.title = i18n.t('reader.title');
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') close();
});
render(<Reader load={load} onClose={close} />, document.getElementById('app')!);
