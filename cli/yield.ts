/**
 * Let the event loop turn between files of a long run. DOMPurify walks each page with a
 * NodeIterator, which jsdom tracks through a WeakRef; V8 keeps every WeakRef target alive until
 * the current job ends (its "kept during job" roots), so a run done in one synchronous loop kept
 * every sanitized document until the end: ~135 KB per post, and a 3,180-post repair died under
 * `--max-old-space-size=150` (heap snapshot: Strong roots → weak_refs_keep_during_job →
 * NodeIteratorImpl → document). A macrotask boundary ends the job and frees them.
 *
 * Freed is not given back, though: V8 sizes its heap to the machine (a quarter of its memory, up
 * to 4 GB), and jsdom's windows (the generic reader's pages) are garbage it is in no hurry to
 * collect: 432 pages of every kind peaked at 0.6–1.3 GB resident with `--jobs 1`, 250 MB with
 * the heap capped at 160 MB and the same output. So past HEAP_CEILING_MB of heap in use, the
 * turn ends with a full collection (`--expose-gc` set at run time, the gc function taken from a
 * fresh context, as V8 exposes it only there). That run then peaks at ~350 MB for ~20% more
 * CPU; runs of Sina articles alone never reach the ceiling (tests/cli/memory.test.ts).
 *
 * Worker threads (`--jobs N`, cli/worker.ts) have heaps of their own, sized by V8 the same way,
 * so each one checks the same ceiling between its files: without it 432 such pages over two
 * workers peaked at 1.1 GB resident.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** JavaScript heap in use past which a turn collects garbage. */
export const HEAP_CEILING_MB = 192;

/** V8's gc function, made on the first collection: runs that never reach the ceiling make no context for it. */
let collect: (() => void) | undefined;

/** A full collection if this thread's heap in use is past the ceiling; to be called between files. */
export function collectPastCeiling(): void {
  if (getHeapStatistics().used_heap_size <= HEAP_CEILING_MB * 1024 * 1024) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

export function turnEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => {
    collectPastCeiling();
    resolve();
  }));
}

/** Files between two turns: often enough to bound memory, rare enough to cost nothing. */
export const FILES_PER_TURN = 8;
