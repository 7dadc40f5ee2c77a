/**
 * The popup's side of the background batch (lib/background/batch-background.ts): start it, and
 * follow it from whenever the popup opens (mid-batch, after the end, or never started).
 */
import { onMessage, sendMessage } from '@/lib/protocol/messages';
import type { StartResult } from '@/utils/batch-runner';
import type { BatchState } from '@/utils/batch-state';

export const startBatch = (): Promise<StartResult> => sendMessage('batchStart');

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
  const stop = onMessage('batchProgress', ({ data }) => take(data));
  sendMessage('batchState').then(take, () => undefined);
  return { take, stop };
}
