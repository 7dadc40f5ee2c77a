// @vitest-environment node
/**
 * The folder boundaries of eslint.config.js fire: an import across one is an error, the same
 * import where it is allowed is not. So a config change cannot switch a boundary off unnoticed.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport { x };\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['utils/x.ts', '@/lib/menus'],
    ['utils/export/x.ts', '../../lib/menus'],
    ['utils/x.ts', '../components/popup/Popup'],
    ['utils/x.ts', '@/entrypoints/options/OptionsApp'],
    ['utils/repair/x.ts', '../../cli/args'],
    ['utils/x.ts', 'wxt/browser'],
    ['utils/x.ts', '#i18n'],
    ['scripts/x.ts', '../tests/support/corpus'],
    ['support/browser/x.ts', '../../tests/support/corpus'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true);
  });

  it.each([
    ['utils/x.ts', './export/options'],
    ['lib/x.ts', '@/lib/menus'],
    ['lib/x.ts', 'wxt/browser'],
    ['scripts/x.ts', '../support/browser/chromium'],
    ['tests/x.test.ts', '../support/browser/chromium'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false);
  });
});
