/**
 * Keyboard commands: the manifest part (`commandsManifest`, spread by wxt.config.ts). Pure data,
 * imported at config time; lib/background/commands.ts runs them. Users change the keys in
 * chrome://extensions/shortcuts or on Firefox's add-on shortcut page.
 *
 * Suggested keys — Alt+Shift+letter, the one family both browsers leave to extensions:
 * - Alt+Shift+Y  open the popup. Our first choice, Alt+Shift+X, is one Chromium will not assign
 *   (tests/e2e: commands.getAll() left it empty while Y, K and U were given); Y is taken by neither
 *   browser nor the best-known clippers (Obsidian Web Clipper Alt+Shift+O, MarkDownload
 *   Alt+Shift+M/D, Joplin Alt+Shift+J, Zotero Ctrl+Shift+S, clippers using Alt+Shift+R/S).
 * - Alt+Shift+U  toggle the reader view ("Unclutter"); Chrome keeps Alt+Shift+I/T/A/B for itself,
 *   Firefox's own reader view is Ctrl+Alt+R / F9.
 * - Alt+Shift+K  save the post ("Keep"); Ctrl+S / Ctrl+Shift+S stay the browser's save/screenshot.
 * Ctrl+Shift+… is avoided: both browsers use most of those letters (tabs, windows, devtools).
 * Chrome allows at most four suggested keys; we suggest three.
 */

export const CMD_TOGGLE_READER = 'toggle-reader';
export const CMD_SAVE_POST = 'save-post';

interface CommandSpec {
  suggested_key: { default: string };
  description: string;
}

/** The manifest's `commands`; `_execute_action` (MV3) / `_execute_browser_action` (MV2) opens the popup. */
export function commandsManifest(manifestVersion: 2 | 3): Record<string, CommandSpec> {
  return {
    [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
      suggested_key: { default: 'Alt+Shift+Y' },
      description: '__MSG_cmd_openPopup__',
    },
    [CMD_TOGGLE_READER]: { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_cmd_toggleReader__' },
    [CMD_SAVE_POST]: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmd_savePost__' },
  };
}
