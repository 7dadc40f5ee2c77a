#!/usr/bin/env node
// The two vitest runs of `npm test`: unit and corpus tests, then the browser tests. Only Node's
// standard library, so it works wherever npm does. Without the corpus, the run says ONCE how many
// corpus tests were skipped (tests/support/corpus-reporter.ts): the unit run leaves its count to
// the browser run's closing line.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script, env = {}) =>
  spawnSync(npm, ['run', '-s', script], { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status ?? 1;

const unit = run('test:unit', { SFC_CORPUS_LINE: 'defer' });
if (unit !== 0) process.exit(unit);
process.exit(run('test:e2e'));
