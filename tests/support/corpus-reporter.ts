/**
 * Closes a run without the corpus with one line: how many corpus tests were skipped, how many
 * corpus-only files were left out, and why (tests/support/corpus.ts). Silent when the corpus is there.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { corpusOnlyFiles, NEEDS_CORPUS, SHARED, skipCorpus } from '../../support/corpus-paths';

export function countCorpusSkips(modules: ReadonlyArray<TestModule>): number {
  let n = 0;
  for (const m of modules) {
    for (const t of m.children.allTests()) if (t.name.endsWith(NEEDS_CORPUS) && t.result().state === 'skipped') n++;
  }
  return n;
}

export default class CorpusReporter implements Reporter {
  private readonly scope: 'unit' | 'e2e';

  constructor(options: { scope?: 'unit' | 'e2e' } = {}) {
    this.scope = options.scope ?? 'unit';
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (!skipCorpus()) return;
    const tests = countCorpusSkips(modules);
    const files = this.scope === 'unit' ? corpusOnlyFiles().filter((f) => !f.startsWith('tests/e2e/')).length : 0;
    console.log(`\nCorpus tests skipped: ${tests} test(s)/group(s) and ${files} corpus-only file(s), because ${SHARED}/corpus ` +
      'is missing (the real Sina pages and posts are kept outside the repository: README, "The test corpus").\n');
  }
}
