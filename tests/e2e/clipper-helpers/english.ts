/**
 * Browsers whose UI language is English, for the "popup in English" test: Chromium through the
 * shared launcher's `locale` (`--lang=en-US` and LANGUAGE=en_US, which Chromium on Linux reads),
 * Firefox with a small launcher of its own (`intl.locale.requested=en-US`).
 * Each opens the popup for a loaded article page and returns the texts the test compares.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { launchChromium } from '../../../support/browser/chromium';
import { FIREFOX, FIREFOX_ORIGIN } from '../support/firefox';
import { GECKO_ID } from '../../../utils/release';
import { waitFor } from '../../../support/browser/harness';
import type { TestServer } from '../../../support/browser/server';

export interface PopupTexts {
  uiLanguage: string;
  heading: string;
  savePost: string;
}

/** Read inside the popup page (works in both browsers). */
function readTexts(): PopupTexts {
  const g = globalThis as unknown as { browser?: { i18n: { getUILanguage(): string } }; chrome: { i18n: { getUILanguage(): string } } };
  return {
    uiLanguage: (g.browser ?? g.chrome).i18n.getUILanguage(),
    heading: document.querySelector('h1')?.textContent ?? '',
    savePost: document.querySelector('[data-action="save-post"]')?.textContent ?? '',
  };
}

/** `lang` 'zh' is the control: the same launcher in Chinese must give the Chinese texts. */
export async function chromiumPopup(server: TestServer, extensionDir: string, articleUrl: string, lang: 'en' | 'zh' = 'en'): Promise<PopupTexts> {
  const b = await launchChromium({ hostRules: server.hostRules, extensionDir, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  try {
    const page = await b.newPage();
    await page.goto(articleUrl);
    const popup = await b.openPopup(page);
    await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-action="save-post"]')), 'popup ready', 20000);
    return await popup.evaluate(readTexts);
  } finally {
    await b.close();
  }
}

export async function firefoxPopup(server: TestServer, extensionDir: string, articleUrl: string, lang: 'en' | 'zh' = 'en'): Promise<PopupTexts> {
  const tag = lang === 'en' ? 'en-US' : 'zh-CN';
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': server.port, 'network.proxy.no_proxies_on': '',
      'intl.locale.requested': tag, 'intl.accept_languages': tag,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_ORIGIN.slice('moz-extension://'.length) }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const page = await browser.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    const before = new Set(await browser.pages());
    // The e2e build's hook (lib/page/tab-handlers.ts): the background opens the popup for this tab.
    await waitFor(async () => {
      await page.evaluate(() => window.postMessage({ sfcE2e: 'open-popup' }, '*'));
      await new Promise((r) => setTimeout(r, 500));
      return (await browser.pages()).length > before.size;
    }, 'popup tab');
    const popup = await waitFor(async () => {
      for (const p of await browser.pages()) {
        if (before.has(p)) continue;
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${FIREFOX_ORIGIN}/popup.html`)) return p;
      }
      return null;
    }, 'popup page') as Page;
    await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-action="save-post"]')), 'popup ready', 20000);
    return await popup.evaluate(readTexts);
  } finally {
    await browser.close();
  }
}
