/**
 * Builds what the browser tests load and `npm run build:all` does not make: the e2e-mode Firefox
 * builds (they carry the hook that opens the popup in a tab; see firefox.ts) and the e2e-mode
 * Chrome build in its own folder `.output/chrome-mv3-e2e` (WXT suffixes the mode; the fallback
 * tests need its one extra test host, utils/hosts.ts). Chromium otherwise loads the normal Chrome
 * MV3 build (built here only if missing, e.g. when vitest is run directly).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { requireCorpusOnCi } from '../../../support/corpus-paths';
import { ROOT } from '../../../support/browser/pages';

function wxt(args: string[]): void {
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, { cwd: ROOT, stdio: 'ignore' });
}

export default function setup(): void {
  requireCorpusOnCi();
  mkdirSync(path.join(ROOT, 'tests/e2e/artifacts'), { recursive: true });
  if (!existsSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'))) wxt(['build']);
  const built = ['firefox-mv2-e2e', 'firefox-mv3-e2e', 'chrome-mv3-e2e'].every((d) => existsSync(path.join(ROOT, '.output', d, 'manifest.json')));
  if (process.env.SFC_E2E_SKIP_BUILD === '1' && built) return;
  wxt(['build', '--mode', 'e2e']);
  wxt(['build', '--mode', 'e2e', '-b', 'firefox']);
  wxt(['build', '--mode', 'e2e', '-b', 'firefox', '--mv3']);
}
