/**
 * What the keyboard commands and the context menu do (background). One function per action, so
 * the menu, the command and the e2e hook all run the same code.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { saveTab } from './clip-tab';
import type { ClipOutcome } from '@/utils/clip-post';
import { sendMessage, toTab } from '@/lib/protocol/messages';
import { connectTab } from '@/lib/shared/tab-access';

/** A short badge on the toolbar button: the only feedback a save started from a key or menu gets. */
async function flashBadge(tabId: number, ok: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#c62828' }).catch(() => undefined);
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' }).catch(() => undefined);
  await action.setTitle({ tabId, title: ok ? i18n.t('clipper.savedBadge') : i18n.t('clipper.failedBadge') }).catch(() => undefined);
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 4000);
}

export async function savePostAction(tabId: number): Promise<ClipOutcome> {
  const out = await saveTab(tabId);
  await flashBadge(tabId, out.ok);
  return out;
}

/** Opens the reader view on `tabId`, or closes it when open (`force` pins the direction). */
export async function toggleReaderAction(tabId: number, force?: boolean): Promise<boolean> {
  const access = await connectTab(tabId);
  if (!access.ok) return false;
  const open = force ?? !access.report.readerOpen;
  return sendMessage('setReader', open, toTab(tabId));
}

/** Resolves once the tab's script answers (the page reached DOMContentLoaded), or gives up. */
async function whenTabAnswers(tabId: number, timeoutMs = 20000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await sendMessage('getCleanReport', undefined, toTab(tabId)).then(() => true, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** A link to a Sina article: open it in a new tab, then the reader view there. */
export async function openLinkInReaderAction(url: string, openerTabId?: number): Promise<number | undefined> {
  const tab = await browser.tabs.create({ url, active: true, ...(openerTabId !== undefined ? { openerTabId } : {}) });
  if (tab.id === undefined) return undefined;
  if (await whenTabAnswers(tab.id)) await toggleReaderAction(tab.id, true);
  return tab.id;
}
