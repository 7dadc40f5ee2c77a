import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts whose article templates the site rules know (utils/sites/sina.ts).
export const SINA_MATCHES = ['*://*.sina.com.cn/*', '*://*.sina.cn/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'downloads', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: SINA_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sina-finance-cleaner@example.org',
              strict_min_version: manifestVersion === 3 ? '140.0' : '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
