/**
 * Everything the clipper adds to the background, behind one call: the clipper's message handlers, the
 * context menus and the keyboard commands. e2e builds also answer `e2eCommand` / `e2eMenuClick`:
 * headless browsers can neither press a browser-level shortcut nor open a context menu, so the
 * browser tests run the very handlers the real listeners call (stripped from normal builds).
 */
import { registerClipperHandlers } from './clip-tab';
import { onClipperMessage } from './clipper-messaging';
import { handleCommand, setupCommands } from './commands';
import { createMenus, handleMenuClick, setupMenus } from './menus';

export function setupClipper(): void {
  registerClipperHandlers();
  setupMenus();
  setupCommands();
  if (import.meta.env.MODE === 'e2e') {
    onClipperMessage('e2eCommand', ({ data }) => handleCommand(data.name, data.tabId));
    onClipperMessage('e2eMenuClick', ({ data }) => handleMenuClick(data));
    onClipperMessage('e2eCreateMenus', () => createMenus());
  }
}
