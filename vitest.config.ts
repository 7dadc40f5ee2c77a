import './vitest.node20.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { corpusOnlyFiles, skipCorpus } from './support/corpus-paths.ts';
import { TEST_TIMEOUT_MS } from './support/patience.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        // Pages under test carry stylesheets, scripts and iframes; the test DOM loads none of them
        // (no network in tests). These settings make "not loaded" quiet instead of a logged
        // DOMException per resource: links and scripts count as loaded, an iframe gets an empty
        // frame that never navigates.
        settings: {
          handleDisabledFileLoadingAsSuccess: true,
          enableIframePageLoading: true,
          navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      },
    },
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Without the corpus, files marked @corpus-only are left out (tests/support/corpus.ts).
    exclude: ['tests/e2e/**', 'node_modules/**', ...(skipCorpus() ? corpusOnlyFiles() : [])],
    env: { TZ: 'UTC' },
    // Sized for a loaded 2-core machine (support/patience.ts); hooks too: an afterAll that
    // removes 2,000 temp posts once took over vitest's default 10 s there.
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
    teardownTimeout: TEST_TIMEOUT_MS,
    // On CI a missing corpus fails the run; elsewhere its tests are skipped and counted (one line at the end).
    globalSetup: ['tests/support/global-setup.ts'],
    // CI also writes a JSON report; scripts/test-summary.mjs prints the closing pass/fail line from it.
    reporters: [...(process.env.CI ? ['default', 'json'] : ['default']), './tests/support/corpus-reporter.ts'],
    outputFile: { json: '.test-results/unit.json' },
  },
});
