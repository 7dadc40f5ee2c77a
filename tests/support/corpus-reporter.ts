/**
 * Closes a run without the corpus with one line: how many corpus tests were skipped, how many
 * corpus-only files were left out, and why (tests/support/corpus.ts). Silent when the corpus is there.
 *
 * `npm test` is two vitest runs (unit, then browser) and says it once: scripts/test-runs.mjs sets
 * SFC_CORPUS_LINE=defer for the unit run, whose reporter then leaves its counts in DEFERRED (if
 * the run passed; a failed run ends `npm test`, so it says the line itself), and the browser run's
 * reporter adds them to its own.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';
import { corpusOnlyFiles, NEEDS_CORPUS, ROOT, SHARED, skipCorpus } from '../../support/corpus-paths';

const DEFERRED = path.join(ROOT, '.test-results/corpus-skips-unit.deferred');

interface Counts {
  tests: number;
  files: number;
}

export function countCorpusSkips(modules: ReadonlyArray<TestModule>): number {
  let n = 0;
  for (const m of modules) {
    for (const t of m.children.allTests()) if (t.name.endsWith(NEEDS_CORPUS) && t.result().state === 'skipped') n++;
  }
  return n;
}

export function skipLine({ tests, files }: Counts): string {
  return `Corpus tests skipped: ${tests} test(s)/group(s) and ${files} corpus-only file(s), because ${SHARED}/corpus ` +
    'is missing (the real Sina pages and posts are kept outside the repository: README, "The test corpus").';
}

/** The unit run's counts left for the browser run (and taken: a later run does not count them again). */
function takeDeferred(): Counts {
  if (!existsSync(DEFERRED)) return { tests: 0, files: 0 };
  const counts = JSON.parse(readFileSync(DEFERRED, 'utf8')) as Counts;
  rmSync(DEFERRED, { force: true });
  return counts;
}

export default class CorpusReporter implements Reporter {
  private readonly scope: 'unit' | 'e2e';

  constructor(options: { scope?: 'unit' | 'e2e' } = {}) {
    this.scope = options.scope ?? 'unit';
  }

  onInit(): void {
    if (this.scope === 'unit') rmSync(DEFERRED, { force: true });
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, _errors: unknown, reason: TestRunEndReason): void {
    if (!skipCorpus()) return;
    const tests = countCorpusSkips(modules);
    if (this.scope === 'unit') {
      const counts = { tests, files: corpusOnlyFiles().filter((f) => !f.startsWith('tests/e2e/')).length };
      if (process.env.SFC_CORPUS_LINE === 'defer' && reason === 'passed') {
        mkdirSync(path.dirname(DEFERRED), { recursive: true });
        writeFileSync(DEFERRED, JSON.stringify(counts));
      } else {
        console.log(`\n${skipLine(counts)}\n`);
      }
      return;
    }
    const unit = takeDeferred();
    console.log(`\n${skipLine({ tests: tests + unit.tests, files: unit.files })}\n`);
  }
}
