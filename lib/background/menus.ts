/**
 * Context menus (background). On Sina pages: "save as post" and "open in reader view"; on links
 * to Sina articles (any page): "open in reader view". Titles come from the locale files.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { MenuClick } from '@/lib/protocol/messages';
import { SINA_ARTICLE_LINKS, SINA_MATCHES } from '@/utils/hosts';
import { openLinkInReaderAction, savePostAction, toggleReaderAction } from './clipper-actions';

export const MENU_SAVE_POST = 'sfc-save-post';
export const MENU_OPEN_READER = 'sfc-open-reader';
export const MENU_LINK_READER = 'sfc-link-reader';

/** Article URLs as match patterns, derived from the site rules (utils/hosts.ts). */
export { SINA_ARTICLE_LINKS };

function create(props: Browser.contextMenus.CreateProperties): Promise<void> {
  return new Promise((resolve) => {
    browser.contextMenus.create(props, () => {
      void browser.runtime.lastError; // an id left over from a previous run: harmless
      resolve();
    });
  });
}

/** (Re)creates the entries; `removeAll` first so a restart never trips over duplicate ids. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const page = { contexts: ['page', 'selection'] as ['page', 'selection'], documentUrlPatterns: SINA_MATCHES };
  await create({ id: MENU_SAVE_POST, title: i18n.t('menu.savePost'), ...page });
  await create({ id: MENU_OPEN_READER, title: i18n.t('menu.openReader'), ...page });
  await create({ id: MENU_LINK_READER, title: i18n.t('menu.linkReader'), contexts: ['link'] as ['link'], targetUrlPatterns: SINA_ARTICLE_LINKS });
}

/** What a click does; the e2e hook calls this directly (a headless browser cannot open a menu). */
export async function handleMenuClick(click: MenuClick): Promise<unknown> {
  if (click.menuItemId === MENU_LINK_READER && click.linkUrl) return openLinkInReaderAction(click.linkUrl, click.tabId);
  if (click.tabId === undefined) return undefined;
  if (click.menuItemId === MENU_SAVE_POST) return savePostAction(click.tabId);
  if (click.menuItemId === MENU_OPEN_READER) return toggleReaderAction(click.tabId, true);
  return undefined;
}

/** Call once from defineBackground. */
export function setupMenus(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  // Firefox MV2's background page starts afresh each session; menus made there do not persist.
  browser.runtime.onStartup.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick({ menuItemId: info.menuItemId, linkUrl: info.linkUrl, tabId: tab?.id });
  });
}
