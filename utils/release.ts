/**
 * What identifies the published extension: the Firefox add-on id (also the key of the
 * `extensions.webextensions.uuids` pref the Firefox browser tests set), the project's homepage and
 * the icon sizes rendered to public/icon/ (scripts/render-icons.ts).
 */
export const GECKO_ID = 'sina-finance-cleaner@sina-clean.github.io';

export const HOMEPAGE_URL = 'https://github.com/sina-clean/sina-finance-cleaner';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** `{ "16": "icon/16.png", … }` for the manifest's `icons` and the toolbar button's `default_icon`. */
export function iconMap(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icon/${s}.png`]));
}
