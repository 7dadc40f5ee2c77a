/**
 * The writes of a repair run, a few at a time: each post's write (cli/repair-run.ts applyOutcome)
 * is started in input order and reported in input order, while up to WRITES_IN_FLIGHT of them wait
 * for their flush to disk together (cli/write-file.ts writeAtomic: the flush is most of a write's
 * time, and flushes in flight share the file system's journal commits). Two writes to the same
 * file (two names of one post, cli/repair-links.ts) never overlap: the second starts when the first
 * is reported.
 */

/** Enough flushes to fill libuv's thread pool (4 threads) twice over. */
export const WRITES_IN_FLIGHT = 8;

/** Starts a write; `earlierDone` resolves when every write added before it is reported. */
export type Start<T> = (earlierDone: () => Promise<void>) => Promise<T>;

interface Entry<T> {
  key: string;
  done: boolean;
  value?: T;
}

export class OrderedWrites<T> {
  private readonly queue: Entry<T>[] = [];
  private readonly waiters: { ready: () => boolean; resolve: () => void }[] = [];
  private failure: { err: unknown } | undefined;

  constructor(
    private readonly report: (result: T) => void,
    private readonly max = WRITES_IN_FLIGHT,
  ) {}

  /**
   * Starts `start()` (the write of file `key`) once no write of `key` is in flight. Returns a
   * promise when the caller must wait before adding the next (the queue is full, or `key` busy);
   * each result is reported in the order added.
   */
  add(key: string, start: Start<T>): Promise<void> | undefined {
    this.check();
    const busy = (): boolean => this.queue.some((e) => e.key === key);
    if (!busy()) return this.push(key, start);
    return this.until(() => !busy()).then(() => this.push(key, start));
  }

  /** Every write added is done and reported (or the first report that threw is thrown). */
  async drain(): Promise<void> {
    await this.until(() => this.queue.length === 0);
    this.check();
  }

  private push(key: string, start: Start<T>): Promise<void> | undefined {
    this.check();
    const entry: Entry<T> = { key, done: false };
    this.queue.push(entry);
    const earlierDone = (): Promise<void> => this.until(() => this.queue[0] === entry);
    const settle = (value: T): void => {
      entry.value = value;
      entry.done = true;
      this.pump();
    };
    start(earlierDone).then(settle, (err: unknown) => this.fail(err));
    return this.queue.length >= this.max ? this.until(() => this.queue.length < this.max) : undefined;
  }

  /** Reports every finished write at the head of the queue, then wakes whoever may go on. */
  private pump(): void {
    try {
      while (this.queue[0]?.done) this.report(this.queue.shift()!.value as T);
    } catch (err) {
      return this.fail(err);
    }
    for (const w of [...this.waiters]) {
      if (!w.ready()) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
  }

  /** A write that threw, or a report that did: the run stops with it, at the next add or drain. */
  private fail(err: unknown): void {
    this.failure ??= { err };
    this.queue.length = 0;
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  private check(): void {
    if (this.failure) throw this.failure.err;
  }

  private until(ready: () => boolean): Promise<void> {
    if (ready() || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ ready, resolve }));
  }
}
