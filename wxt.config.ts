import { defineConfig } from 'wxt';
import type { InlineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { E2E_OTHER_NEWS_MATCH, SINA_MATCHES } from './utils/hosts';
import { commandsManifest } from './utils/commands-manifest';
import { optionalHostPatterns, otherSiteMatches } from './utils/site-access';
import { GECKO_ID, HOMEPAGE_URL, iconMap } from './utils/release';

export { SINA_MATCHES };

/** The reader view is an extension page framed over the article's tab (lib/page/reader-overlay.ts). */
const READER_PAGE = 'reader.html';

/**
 * Who may load the reader page, which our content script frames over any page the user reads
 * (lib/page/reader-overlay.ts). As little as each browser allows, so pages can neither detect the
 * extension by loading it nor frame it (tests/e2e/hostile-page.e2e.test.ts):
 * - Firefox MV2: nobody; a frame a content script adds may load any page of its extension.
 * - Chrome MV3: web-accessible, but only at its per-session dynamic URL (`use_dynamic_url`), so
 *   a page cannot load it under the extension's public id; our content script's frame loads it.
 * - Firefox MV3: a content script's frame loads only web-accessible pages and `use_dynamic_url`
 *   is not supported; the per-install UUID in its address is never shown to the page, and the
 *   reader stays blank for any frame but our overlay's (entrypoints/reader/main.tsx).
 */
function readerAccess(browser: string, manifestVersion: number) {
  if (manifestVersion === 2) return {};
  const dynamic = browser === 'chrome' ? { use_dynamic_url: true } : {};
  return { web_accessible_resources: [{ resources: [READER_PAGE], matches: ['<all_urls>'], ...dynamic }] };
}

/**
 * Scripts that run in web pages (the always-on Sina script, the on-demand page bridge) must stay
 * small (< 20 KB minified, tests/core/bundle-size.test.ts). webextension-polyfill is 10 KB of it and not needed there:
 * Firefox content scripts have the promise-based `browser`, Chrome MV3's `chrome.*` returns
 * promises. So for those builds `wxt/browser` resolves to WXT's own native export again;
 * extension pages and the background keep the polyfill.
 */
function dropPolyfillAlias(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
  } else if (alias && typeof alias === 'object') {
    delete (alias as Record<string, string>)['wxt/browser'];
  }
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  // The sources zip (for Firefox review) holds what builds the extension, not test output or builds.
  zip: {
    // Firefox gets an MV2 and an MV3 zip: the manifest version in every name keeps them apart.
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}-{{manifestVersion}}{{modeSuffix}}.zip',
    excludeSources: ['tests/e2e/artifacts/**', 'dist/**', '.test-results/**', 'docs/screenshots/**', 'web-ext-artifacts/**', 'scratch/**', '*.tgz'],
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) dropPolyfillAlias(config);
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    homepage_url: HOMEPAGE_URL,
    // Drawn for the project (assets/icon/*.svg, rendered by `npm run icons`). The toolbar button is
    // `browser_action` in MV2: WXT merges the popup into whichever key is set here.
    icons: iconMap(),
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: iconMap() },
    // storage: settings; downloads: saving posts; activeTab + scripting: reading a non-Sina tab the
    // user opened the popup on (Readability fallback, reader view) with scripting.executeScript.
    // contextMenus: "save as post" / "open in reader" (lib/background/menus.ts).
    permissions: ['storage', 'downloads', 'activeTab', 'scripting', 'contextMenus'],
    // Keyboard commands (keys and why in utils/commands-manifest.ts).
    commands: commandsManifest(manifestVersion),
    // Only Sina's hosts: the always-on content script and the reader of those pages. e2e-mode
    // builds add one made-up non-Sina news host the fallback browser tests reach (utils/hosts.ts).
    // The e2e Chrome build also holds the other sites: headless Chromium cannot answer a permission
    // prompt, so there they count as granted (tests/e2e/site-clean.e2e.test.ts; the normal build
    // gives the not-granted state). Firefox e2e builds keep them optional: the tests press the real
  // grant and revoke buttons there, Firefox answering the request without its doorhanger in the
  // test profile (tests/e2e/support/firefox.ts); required hosts could not be revoked.
    host_permissions:
      mode !== 'e2e' ? SINA_MATCHES : [...SINA_MATCHES, E2E_OTHER_NEWS_MATCH, ...(browser === 'firefox' ? [] : otherSiteMatches())],
    // The other news sites (utils/sites/others.ts), asked for only when the user grants one (popup,
    // options page), plus every host: rules the user adds on a site of their choosing need to
    // request that site then. MV2 has no separate key: hosts go in optional_permissions.
    [manifestVersion === 2 ? 'optional_permissions' : 'optional_host_permissions']: optionalHostPatterns(),
    ...readerAccess(browser, manifestVersion),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
