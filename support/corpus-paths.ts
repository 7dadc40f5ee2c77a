/**
 * Where the shared data lives, and whether it is there. The real pages and posts
 * (`../shared/corpus`) and the seed (`../shared/seed`) are kept beside the repository, never in it
 * (README, "The test corpus"). Used by the vitest configs, the corpus reporter and the tests'
 * guards (tests/support/corpus.ts); no vitest import here, so the configs can load it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED = path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const CORPUS_PAGES = path.join(CORPUS, 'pages');
export const CORPUS_POSTS = path.join(CORPUS, 'posts');
export const CORPUS_SITES = path.join(CORPUS, 'sites');
export const SEED_POST = path.join(SHARED, 'seed/seed-post.md');

/** Everything the corpus tests read: pages, posts, other sites' pages and the seed. */
export const hasCorpus = [CORPUS_PAGES, CORPUS_POSTS, CORPUS_SITES, SEED_POST].every((p) => existsSync(p));

/** The name (or name ending) of a test skipped for want of the corpus; the reporter counts them. */
export const NEEDS_CORPUS = 'needs the real-page corpus (../shared/corpus)';

/** The mark, in a test file's opening comment, of a file every test of which reads the corpus. */
export const CORPUS_ONLY_MARK = '@corpus-only';

export const isCi = (): boolean => !!process.env.CI && !['false', '0'].includes(process.env.CI);

/** Without the corpus (and not on CI) the corpus tests are skipped; on CI they run (and fail). */
export const skipCorpus = (): boolean => !hasCorpus && !isCi();

export function missingCorpusMessage(): string {
  return `The test corpus is missing: ${SHARED} must hold corpus/pages, corpus/posts, corpus/sites and ` +
    'seed/seed-post.md. CI always runs with it (README, "The test corpus"), so its tests are not skipped here.';
}

/**
 * Test files marked CORPUS_ONLY_MARK in their first lines (they read the corpus at load time, so
 * not even their collection can run without it), relative to the root, for the configs' `exclude`.
 */
export function corpusOnlyFiles(dir = path.join(ROOT, 'tests')): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'fixtures') out.push(...corpusOnlyFiles(full));
    else if (/\.test\.tsx?$/.test(e.name) && readFileSync(full, 'utf8').slice(0, 2000).includes(CORPUS_ONLY_MARK)) {
      out.push(path.relative(ROOT, full));
    }
  }
  return out.sort();
}

/** For the configs' global setup: on CI a missing corpus is an error, never a quiet skip. */
export function requireCorpusOnCi(): void {
  if (!hasCorpus && isCi()) throw new Error(missingCorpusMessage());
}
