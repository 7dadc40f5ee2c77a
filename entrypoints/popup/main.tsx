import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { resolveTabId } from '@/lib/shared/tab-access';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('extName');
document.getElementById('heading')!.textContent = i18n.t('extName');
const inTab = new URLSearchParams(location.search).has('tabId');
const app = document.getElementById('app')!;
void resolveTabId(location.search).then((tabId) => render(<Popup tabId={tabId} inTab={inTab} />, app));
