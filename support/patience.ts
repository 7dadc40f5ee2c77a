/**
 * How long the tests wait, sized for a loaded 2-core machine (other builds and test runs beside
 * them): a CLI run that takes 3 s alone took over 30 s there, and removing a temp folder of 2,000
 * posts over 10 s. Waits end as soon as their condition holds, so generous limits cost nothing
 * when things go well; they only decide how long a real hang takes to be reported.
 */

/** Any one test or hook (beforeAll/afterAll) of the unit run; the vitest configs use it. */
export const TEST_TIMEOUT_MS = 300_000;

/** A browser test or hook (it launches browsers and loads pages). */
export const E2E_TIMEOUT_MS = 400_000;

/** A child process the tests run (the built CLI): spawnSync blocks, so this is its only limit. */
export const CHILD_TIMEOUT_MS = 280_000;

/** The least time a wait for a condition in a browser (page loaded, popup ready, file written) gets. */
export const CONDITION_WAIT_MS = 60_000;

/** A page load in a test browser (navigation until `load`). */
export const PAGE_LOAD_MS = 120_000;
