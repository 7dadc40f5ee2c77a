/** Where the command line writes: real streams in main.ts, buffers in tests and benchmarks. */
import { readFileSync } from 'node:fs';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress line shown without --progress). */
  errIsTTY: boolean;
  readStdin(): Buffer;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTTY: process.stderr.isTTY === true,
  readStdin: () => readFileSync(0),
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
