import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
