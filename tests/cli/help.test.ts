/** `sina-clean --help` names every site of the registry (cli/help.ts reads utils/sites/). */
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../cli/help';
import { OTHER_SITES } from '../../utils/sites/others';

describe('--help', () => {
  it('names Sina and every other site the rules read, by name and domain', () => {
    expect(USAGE).toContain('Sina Finance');
    expect(OTHER_SITES.length).toBeGreaterThan(5);
    for (const s of OTHER_SITES) expect(USAGE).toContain(`${s.names.fallback} (${s.hosts[0]})`);
  });

  it('keeps every line within 100 columns', () => {
    for (const line of USAGE.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
  });
});
