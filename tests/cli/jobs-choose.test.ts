/** The default number of worker threads (cli/jobs.ts): thresholds and ceiling measured, see the comments there. */
import { describe, expect, it } from 'vitest';
import { chooseJobs, MAX_DEFAULT_JOBS, MIN_FILES_FOR_WORKERS, workerHeapMb } from '../../cli/jobs';

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

describe('workerHeapMb', () => {
  const GB = 1024 ** 3;

  it('the workers\' heaps together stay within half the memory', () => {
    expect(workerHeapMb(8, 16 * GB, 4 * GB)).toBe(1024);
    expect(workerHeapMb(2, 4 * GB, 2 * GB)).toBe(1024);
    for (const jobs of [2, 3, 4, 8, 16]) expect(workerHeapMb(jobs, 8 * GB, 4 * GB) * jobs).toBeLessThanOrEqual(4 * 1024);
  });

  it('never more than the main thread\'s own limit (what V8 picked, or --max-old-space-size)', () => {
    expect(workerHeapMb(2, 64 * GB, 4 * GB)).toBe(4096);
    expect(workerHeapMb(2, 64 * GB, 160 * 1024 * 1024)).toBe(160);
  });

  it('on this machine: a positive whole number of MB', () => {
    const mb = workerHeapMb(2);
    expect(Number.isInteger(mb)).toBe(true);
    expect(mb).toBeGreaterThan(0);
  });
});
