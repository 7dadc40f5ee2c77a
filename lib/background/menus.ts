/**
 * Context menus (background). On Sina pages and on the pages of the other sites the user granted:
 * "save as post" and "open in reader view"; on links to articles of those sites (any page): "open
 * in reader view". Titles come from the locale files. The patterns follow the grants: the entries
 * are made again whenever a host permission is added or removed.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { MenuClick } from '@/lib/protocol/messages';
import { SINA_ARTICLE_LINKS, SINA_MATCHES } from '@/utils/hosts';
import { grantedMatches, otherSiteById } from '@/utils/site-access';
import { siteArticleLinks } from '@/utils/sites';
import type { OtherSiteId } from '@/utils/sites/types';
import { openLinkInReaderAction, savePostAction, toggleReaderAction } from './clipper-actions';
import { grantedSites } from './site-access';

export const MENU_SAVE_POST = 'sfc-save-post';
export const MENU_OPEN_READER = 'sfc-open-reader';
export const MENU_LINK_READER = 'sfc-link-reader';

/** Article URLs as match patterns, derived from the site rules (utils/hosts.ts). */
export { SINA_ARTICLE_LINKS };

/** Pages the page entries appear on: Sina's always (its script is always there), a granted site's once granted. */
export function menuPagePatterns(granted: readonly OtherSiteId[]): string[] {
  return [...SINA_MATCHES, ...grantedMatches(granted)];
}

/** Links the link entry appears on: Sina's articles, and those of granted sites whose rules give link shapes. */
export function menuLinkPatterns(granted: readonly OtherSiteId[]): string[] {
  const sites = granted.map(otherSiteById).filter((s) => s !== undefined);
  return [...SINA_ARTICLE_LINKS, ...sites.flatMap((s) => siteArticleLinks(s))];
}

function create(props: Browser.contextMenus.CreateProperties): Promise<void> {
  return new Promise((resolve) => {
    browser.contextMenus.create(props, () => {
      void browser.runtime.lastError; // an id left over from a previous run: harmless
      resolve();
    });
  });
}

/** (Re)creates the entries; `removeAll` first so a restart never trips over duplicate ids. */
export async function createMenus(granted?: readonly OtherSiteId[]): Promise<void> {
  const sites = granted ?? (await grantedSites());
  await browser.contextMenus.removeAll();
  const page = { contexts: ['page', 'selection'] as ['page', 'selection'], documentUrlPatterns: menuPagePatterns(sites) };
  await create({ id: MENU_SAVE_POST, title: i18n.t('menu.savePost'), ...page });
  await create({ id: MENU_OPEN_READER, title: i18n.t('menu.openReader'), ...page });
  await create({ id: MENU_LINK_READER, title: i18n.t('menu.linkReader'), contexts: ['link'] as ['link'], targetUrlPatterns: menuLinkPatterns(sites) });
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
  // One rebuild after another: two crossing ones would create the same ids twice.
  let queue = Promise.resolve();
  const rebuild = () => {
    queue = queue.then(() => createMenus()).catch((e: unknown) => console.warn('menus:', e));
  };
  browser.runtime.onInstalled.addListener(rebuild);
  // Firefox MV2's background page starts afresh each session; menus made there do not persist.
  browser.runtime.onStartup.addListener(rebuild);
  // A site granted or revoked (options page, popup): its pages gain or lose the entries.
  browser.permissions.onAdded.addListener(rebuild);
  browser.permissions.onRemoved.addListener(rebuild);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick({ menuItemId: info.menuItemId, linkUrl: info.linkUrl, tabId: tab?.id });
  });
}
