/** Where the command line writes: real streams in main.ts, buffers in tests and benchmarks. */
import { MAX_PAGE_BYTES } from './page-limits';
import { readStdin } from './read-bounded';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress line shown without --progress). */
  errIsTTY: boolean;
  /** At most MAX_PAGE_BYTES + 1 bytes: endless stdin (`< /dev/zero`) is cut there and refused. */
  readStdin(): Buffer;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTTY: process.stderr.isTTY === true,
  readStdin: () => readStdin(MAX_PAGE_BYTES),
};

/** An IO that collects everything (tests, the in-process benchmark). */
export function memoryIO(stdin = ''): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    errIsTTY: false,
    readStdin: () => Buffer.from(stdin),
  };
}
