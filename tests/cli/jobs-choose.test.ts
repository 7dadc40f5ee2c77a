/** The default number of worker threads (cli/jobs.ts): thresholds and ceiling measured, see the comments there. */
import { describe, expect, it } from 'vitest';
import { chooseJobs, MAX_DEFAULT_JOBS, MIN_FILES_FOR_WORKERS } from '../../cli/jobs';

describe('chooseJobs', () => {
  it('--jobs N is taken as given, but never more workers than files', () => {
    expect(chooseJobs(1, 5000, 'repair', 16)).toBe(1);
    expect(chooseJobs(3, 5000, 'repair', 2)).toBe(3);
    expect(chooseJobs(4, 2, 'convert', 16)).toBe(2);
  });

  it('by default: no workers for a few files, then one per core up to the ceiling', () => {
    for (const kind of ['convert', 'repair'] as const) {
      const min = MIN_FILES_FOR_WORKERS[kind];
      expect(chooseJobs(undefined, min - 1, kind, 16)).toBe(1);
      expect(chooseJobs(undefined, min, kind, 4)).toBe(4);
      expect(chooseJobs(undefined, 10000, kind, 1)).toBe(1);
      expect(chooseJobs(undefined, 10000, kind, 64)).toBe(MAX_DEFAULT_JOBS);
    }
    expect(MIN_FILES_FOR_WORKERS.repair).toBeGreaterThan(MIN_FILES_FOR_WORKERS.convert); // a post is ~3× quicker than a page
  });
});
