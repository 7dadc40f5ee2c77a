import './vitest.node20.ts';
import { defineConfig } from 'vitest/config';
import { E2E_TIMEOUT_MS } from './support/patience.ts';

/**
 * Real-browser tests (tests/e2e/**): Chromium and Firefox ESR, both via puppeteer-core, the
 * extension loaded, pages served locally at their real Sina URLs.
 * `npm run test:e2e` builds the normal targets first; global setup adds the e2e-mode Firefox builds.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    // Sized for a loaded 2-core machine (support/patience.ts).
    testTimeout: E2E_TIMEOUT_MS,
    hookTimeout: E2E_TIMEOUT_MS,
    teardownTimeout: E2E_TIMEOUT_MS,
    env: { TZ: 'UTC' },
    // CI also writes a JSON report; scripts/test-summary.mjs prints the closing pass/fail line from it.
    reporters: [...(process.env.CI ? ['default', 'json'] : ['default']), ['./tests/support/corpus-reporter.ts', { scope: 'e2e' }]],
    outputFile: { json: '.test-results/e2e.json' },
  },
  resolve: { alias: { '@': import.meta.dirname } },
});
