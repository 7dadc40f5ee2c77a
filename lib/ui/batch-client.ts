/**
 * The popup's side of the background batch (lib/batch-background.ts): start it, and follow it
 * from whenever the popup opens (mid-batch, after the end, or never started).
 */
import type { StartResult } from './batch-runner';
import type { BatchState } from './batch-state';
import { onClipperMessage, sendClipperMessage } from './clipper-messaging';

export const startBatch = (): Promise<StartResult> => sendClipperMessage('batchStart');

/**
 * Calls `cb` with the current batch, then with every newer step; a reply or message older than
 * what `cb` already saw is dropped (the initial answer may arrive after a progress message).
 * `take` feeds other answers (e.g. `startBatch`'s) through the same ordering. Returns the unsubscribe.
 */
export function watchBatch(cb: (s: BatchState) => void): { take(s: BatchState): void; stop(): void } {
  let seen = -1;
  const take = (s: BatchState) => {
    if (s.seq < seen) return;
    seen = s.seq;
    cb(s);
  };
  const stop = onClipperMessage('batchProgress', ({ data }) => take(data));
  sendClipperMessage('batchState').then(take, () => undefined);
  return { take, stop };
}
