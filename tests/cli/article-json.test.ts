/**
 * `--json` carries the whole model: `updated` (the meta's time when the visible time readers see
 * differs from it, utils/published-time.ts) is a key like the others, null when there is none.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './support/cli';

const json = (file: string): Record<string, unknown> => {
  const r = runCli([path.join(FIXTURES, file), '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('--json', () => {
  it('a page whose visible time differs from its meta: published is the visible time, updated the meta', () => {
    const a = json('core/desktop-visible-time/source.html');
    expect(a.published).toBe('2023-07-25T03:22:07.000Z');
    expect(a.updated).toBe('2023-07-25T03:49:24.000Z');
    expect(Object.keys(a).indexOf('updated')).toBe(Object.keys(a).indexOf('published') + 1);
  });

  it('a page without a second time: updated is null, not missing', () => {
    const a = json('cli/gbk-desktop-article.html');
    expect(a).toHaveProperty('updated', null);
  });
});
