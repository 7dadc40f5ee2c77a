/**
 * Everything the clipper adds to the background, behind one call: the clipper's message handlers, the
 * context menus and the keyboard commands. e2e builds also answer `e2eCommand` / `e2eMenuClick`:
 * headless browsers can neither press a browser-level shortcut nor open a context menu, so the
 * browser tests run the very handlers the real listeners call (stripped from normal builds).
 */
import { finishInBackground } from './clip-tab';
import { onClipperMessage } from './clipper-messaging';
import { handleCommand, setupCommands } from './commands';
import { createMenus, handleMenuClick, setupMenus } from './menus';

export function setupClipper(): void {
  // The popup's and reader's saves; batch save calls `saveTab` directly (lib/batch-background.ts).
  // Registered here, not in lib/clip-tab.ts, which the context menus' actions import: the
  // messaging map names the menus' click type, so clip-tab would close an import cycle.
  onClipperMessage('savePrepared', ({ data }) => finishInBackground(data));
  setupMenus();
  setupCommands();
  if (import.meta.env.MODE === 'e2e') {
    onClipperMessage('e2eCommand', ({ data }) => handleCommand(data.name, data.tabId));
    onClipperMessage('e2eMenuClick', ({ data }) => handleMenuClick(data));
    onClipperMessage('e2eCreateMenus', () => createMenus());
  }
}
