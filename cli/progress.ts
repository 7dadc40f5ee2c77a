/**
 * A progress line on stderr: rewritten in place on a TTY, one plain line every few seconds when
 * asked for with --progress on a pipe or file. Silent otherwise, so stdout stays the output.
 */
export interface ProgressSink {
  write(text: string): void;
  isTTY: boolean;
}

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly enabled: boolean,
    private readonly total: number,
    private readonly intervalMs = sink.isTTY ? 100 : 2000,
  ) {}

  /** Reports `done` of `total`, with a short status (counts so far); throttled. */
  update(done: number, status: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.last < this.intervalMs) return;
    this.last = now;
    const line = `[${done}/${this.total}] ${status}`;
    if (this.sink.isTTY) this.sink.write(`\r\u001b[2K${line}`);
    else this.sink.write(`${line}\n`);
    this.shown = true;
  }

  /** Wipes the in-place line so a normal line can be printed; the next update redraws it. */
  clear(): void {
    if (this.enabled && this.shown && this.sink.isTTY) {
      this.sink.write('\r\u001b[2K');
      this.shown = false;
      this.last = 0;
    }
  }

  /** Ends the in-place line so what follows starts on a new line. */
  finish(): void {
    if (this.enabled && this.shown && this.sink.isTTY) this.sink.write('\n');
    this.shown = false;
  }
}
