/**
 * Let the event loop turn between files of a long run. DOMPurify walks each page with a
 * NodeIterator, which jsdom tracks through a WeakRef; V8 keeps every WeakRef target alive until
 * the current job ends (its "kept during job" roots), so a run done in one synchronous loop kept
 * every sanitized document until the end: ~135 KB per post, and a 3,180-post repair died under
 * `--max-old-space-size=150` (heap snapshot: Strong roots → weak_refs_keep_during_job →
 * NodeIteratorImpl → document). A macrotask boundary ends the job and frees them.
 */
export function turnEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Files between two turns: often enough to bound memory, rare enough to cost nothing. */
export const FILES_PER_TURN = 8;
