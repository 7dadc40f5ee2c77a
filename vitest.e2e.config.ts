import './vitest.node20.ts';
import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests (tests/e2e/**): Chromium via playwright-core and Firefox ESR via
 * puppeteer-core, the extension loaded, pages served locally at their real Sina URLs.
 * `npm run test:e2e` builds the normal targets first; global setup adds the e2e-mode Firefox builds.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 180000,
    env: { TZ: 'UTC' },
    // CI also writes a JSON report; scripts/test-summary.mjs prints the closing pass/fail line from it.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.test-results/e2e.json' },
  },
  resolve: { alias: { '@': import.meta.dirname } },
});
