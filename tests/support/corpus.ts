/**
 * The guards for tests that need the shared corpus (paths and checks: support/corpus-paths.ts).
 * Without the corpus a guarded group is one skipped test and its body is never run: a skipped
 * `describe` still runs its body to collect the tests, and a body that lists the corpus folder
 * would fail the whole file with ENOENT. tests/support/corpus-reporter.ts counts these skips and
 * says why in one line. On CI a missing corpus fails the run instead (global setup).
 * A file every test of which reads the corpus (at load time too) carries `@corpus-only` in its
 * opening comment instead: the configs leave it out of a run without the corpus.
 */
import { describe, it } from 'vitest';
import { NEEDS_CORPUS, skipCorpus } from '../../support/corpus-paths';

export * from '../../support/corpus-paths';

/** `describe` for a group of tests that read the corpus. */
export function describeCorpus(name: string, body: () => void): void {
  if (skipCorpus()) describe(name, () => it.skip(NEEDS_CORPUS, () => {}));
  else describe(name, body);
}

const skippedName = (name: string): string => `${name.replace(/%[sdifjo#%]/g, '…')}: ${NEEDS_CORPUS}`;

/** `it` for one test that reads the corpus in a group that otherwise does not. */
export function itCorpus(name: string, fn: () => unknown, timeout?: number): void {
  if (skipCorpus()) it.skip(skippedName(name), () => {});
  else it(name, fn, timeout);
}

/** `it.each` for corpus cases. */
itCorpus.each = <T>(cases: readonly T[]) => (name: string, fn: (c: T) => unknown): void => {
  if (skipCorpus()) it.skip(skippedName(name), () => {});
  else it.each(cases as T[])(name, fn as never);
};
