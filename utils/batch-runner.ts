/**
 * The background's batch runner: at most one batch at a time, every step stored
 * (utils/batch-state.ts) and published to open popups. It holds no browser API itself (deps are
 * injected) so the unit tests run it with fakes; lib/background/batch-background.ts wires it to the
 * real ones.
 */
import type { BatchProgress } from './batch-save';
import type { BatchState, BatchStore } from './batch-state';

export interface BatchRunnerDeps {
  store: BatchStore;
  /** The loop itself (`saveAllTabs` with the background's tab listing and `saveTab`). */
  run(onProgress: (p: BatchProgress) => void): Promise<BatchProgress>;
  /** Tells open popups; may fail (no popup open) without consequence. */
  publish(state: BatchState): void;
}

export interface StartResult {
  /** false: a batch was already running; nothing new was started. */
  started: boolean;
  state: BatchState;
}

export interface BatchRunner {
  start(): Promise<StartResult>;
  state(): Promise<BatchState>;
}

type Change = Omit<BatchState, 'seq'>;

export function createBatchRunner(deps: BatchRunnerDeps): BatchRunner {
  let active = false;
  // Writes go one after another, each numbered after the last stored one: progress callbacks
  // arrive synchronously from the loop and must not overtake each other.
  let writes: Promise<BatchState | undefined> = Promise.resolve(undefined);
  const save = (change: Change): Promise<BatchState | undefined> => {
    writes = writes.then(async () => {
      const next: BatchState = { ...change, seq: (await deps.store.get()).seq + 1 };
      await deps.store.set(next);
      deps.publish(next);
      return next;
    }).catch(() => undefined); // storage refused: the batch goes on, the popup sees less
    return writes;
  };

  /** Stored "running" with no loop in this background: it was stopped mid-batch. */
  const state = async (): Promise<BatchState> => {
    await writes;
    const s = await deps.store.get();
    return s.status === 'running' && !active ? { ...s, status: 'interrupted' } : s;
  };

  const loop = async (): Promise<void> => {
    let last: BatchProgress | null = null;
    try {
      const final = await deps.run((p) => {
        last = p;
        void save({ status: 'running', progress: p });
      });
      await save({ status: 'done', progress: final });
    } catch (err) {
      await save({ status: 'interrupted', progress: last, error: err instanceof Error ? err.message : String(err) });
    } finally {
      active = false;
    }
  };

  const start = async (): Promise<StartResult> => {
    if (active) return { started: false, state: await state() };
    active = true; // set before any await: two quick starts cannot both pass the check
    await save({ status: 'running', progress: null }); // the last summary goes away
    void loop();
    return { started: true, state: await state() };
  };

  return { start, state };
}
