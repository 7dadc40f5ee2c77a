// @vitest-environment node
/**
 * The folder boundaries of eslint.config.js fire: an import across one is an error, the same
 * import where it is allowed is not. So a config change cannot switch a boundary off unnoticed.
 * Every pattern of every boundary block has a refused import below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport { x };\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    // utils/: pure
    ['utils/x.ts', '@/lib/background/menus'],
    ['utils/export/x.ts', '../../lib/shared/settings-store'],
    ['utils/x.ts', '../components/popup/Popup'],
    ['utils/x.ts', '@/entrypoints/options/OptionsApp'],
    ['utils/repair/x.ts', '../../cli/args'],
    ['utils/x.ts', 'wxt/browser'],
    ['utils/x.ts', '#i18n'],
    // scripts/ and support/
    ['scripts/x.ts', '../tests/support/corpus'],
    ['support/browser/x.ts', '../../tests/support/corpus'],
    // a web page's scripts
    ['lib/page/x.ts', '@/lib/background/clip-tab'],
    ['lib/page/x.ts', '../ui/popup-actions'],
    ['lib/page/x.ts', '@/components/reader/Reader'],
    ['entrypoints/sina.content.ts', '@/lib/background/downloads'],
    ['entrypoints/page-bridge.ts', '../lib/ui/batch-client'],
    ['entrypoints/clipper.ts', '@/lib/ui/copy-export'],
    ['entrypoints/clipper.ts', '@/components/clipper/CopyPost'],
    // the background
    ['lib/background/x.ts', '@/lib/page/live-cleaner'],
    ['lib/background/x.ts', '../ui/batch-client'],
    ['lib/background/x.ts', '../../components/popup/Popup'],
    ['entrypoints/background.ts', '@/lib/page/reader-overlay'],
    ['entrypoints/background.ts', '@/lib/ui/popup-actions'],
    // extension pages
    ['lib/ui/x.ts', '@/lib/background/menus'],
    ['lib/ui/x.ts', '../page/tab-handlers'],
    ['components/popup/x.tsx', '@/lib/background/clip-tab'],
    ['components/reader/x.tsx', '../../lib/page/reader-overlay'],
    ['entrypoints/popup/main.tsx', '@/lib/page/live-cleaner'],
    ['entrypoints/reader/main.tsx', '../../lib/background/downloads'],
    ['entrypoints/options/main.tsx', '@/lib/background/commands'],
    // what every runtime shares
    ['lib/shared/x.ts', '@/lib/ui/popup-actions'],
    ['lib/shared/x.ts', '../page/own-nodes'],
    ['lib/shared/x.ts', '@/components/options/OptionsApp'],
    ['lib/protocol/x.ts', '@/lib/background/menus'],
    ['lib/protocol/x.ts', '../ui/batch-client'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true);
  });

  it.each([
    ['utils/x.ts', './export/options'],
    ['lib/page/x.ts', './reader-overlay'],
    ['lib/page/x.ts', '@/lib/shared/settings-store'],
    ['lib/page/x.ts', '@/lib/protocol/messages'],
    ['lib/page/x.ts', 'wxt/browser'],
    ['entrypoints/sina.content.ts', '@/lib/page/live-cleaner'],
    ['lib/background/x.ts', '../shared/tab-access'],
    ['lib/background/x.ts', '@/utils/clip-post'],
    ['entrypoints/background.ts', '@/lib/background/downloads'],
    ['lib/ui/x.ts', '@/lib/shared/settings-store'],
    ['components/popup/x.tsx', '@/lib/ui/popup-actions'],
    ['entrypoints/reader/main.tsx', '@/lib/protocol/messages'],
    ['lib/shared/x.ts', '@/lib/protocol/messages'],
    ['lib/protocol/x.ts', '@/utils/batch-state'],
    ['scripts/x.ts', '../support/browser/chromium'],
    ['tests/x.test.ts', '../support/browser/chromium'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false);
  });

  it('lib/ holds only runtime folders, so every file in it is under a boundary above', () => {
    const lib = path.resolve(__dirname, '../../lib');
    expect(fs.readdirSync(lib).sort()).toEqual(['background', 'page', 'protocol', 'shared', 'ui']);
  });
});
