/**
 * Keyboard commands (background): what each does. The keys and the manifest part are in
 * utils/commands-manifest.ts (imported by wxt.config.ts, so it stays free of browser code).
 */
import { browser } from 'wxt/browser';
import { savePostAction, toggleReaderAction } from './clipper-actions';
import { CMD_SAVE_POST, CMD_TOGGLE_READER } from '@/utils/commands-manifest';

export { CMD_SAVE_POST, CMD_TOGGLE_READER, commandsManifest } from '@/utils/commands-manifest';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What a command does; the e2e hook calls this directly (headless browsers cannot press browser shortcuts). */
export async function handleCommand(name: string, tabId?: number): Promise<unknown> {
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return undefined;
  if (name === CMD_TOGGLE_READER) return toggleReaderAction(id);
  if (name === CMD_SAVE_POST) return savePostAction(id);
  return undefined;
}

/** Call once from defineBackground. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener((name, tab) => void handleCommand(name, tab?.id));
}
