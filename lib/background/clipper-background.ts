/**
 * Everything the clipper adds to the background, behind one call: the clipper's message handlers, the
 * context menus and the keyboard commands. e2e builds also answer `e2eCommand` / `e2eMenuClick`:
 * headless browsers can neither press a browser-level shortcut nor open a context menu, so the
 * browser tests run the very handlers the real listeners call (stripped from normal builds).
 */
import { onMessage } from '@/lib/protocol/messages';
import { finishInBackground } from './clip-tab';
import { handleCommand, setupCommands } from './commands';
import { createMenus, handleMenuClick, setupMenus } from './menus';

export function setupClipper(): void {
  // The popup's and reader's saves; batch save calls `saveTab` directly (batch-background.ts).
  onMessage('savePrepared', ({ data }) => finishInBackground(data));
  setupMenus();
  setupCommands();
  if (import.meta.env.MODE === 'e2e') {
    onMessage('e2eCommand', ({ data }) => handleCommand(data.name, data.tabId));
    onMessage('e2eMenuClick', ({ data }) => handleMenuClick(data));
    onMessage('e2eCreateMenus', () => createMenus());
  }
}
