/**
 * One input of `sina-clean ... --out DIR` → a result that can cross a thread boundary: the file to
 * write, or the exit code and the one-line reason it was not converted. Run in the main thread with
 * `--jobs 1`, in a worker thread otherwise (cli/worker.ts); writing stays with the main thread.
 */
import { convertPage } from './convert-page';
import type { Converted, ConvertOptions } from './convert-page';
import { jsdomParse } from './dom';
import { CliError, EXIT_ERROR, messageOf } from './errors';
import type { InputFile } from './inputs';
import { MAX_PAGE_BYTES } from './page-limits';
import { readRegularFile } from './read-bounded';
import type { ConvertWorkerOptions } from './worker-protocol';

export type ConvertResult = { ok: true; filename: string; content: string } | { ok: false; code: number; message: string };

/**
 * At most MAX_PAGE_BYTES + 1 bytes of a regular file or of stdin (`readStdin` is bounded the same
 * way, cli/io.ts); convertPage refuses what is over the limit. Anything else (a FIFO, a device, a
 * socket) is refused here, without being opened for a blocking read.
 */
export function readInput(file: InputFile, readStdin: () => Buffer): Buffer {
  return file.path === '-' ? readStdin() : readRegularFile(file.path, MAX_PAGE_BYTES);
}

/** convertPage for a single-file run, whose one line of error names the input (a batch line already does). */
export function convertNamed(file: InputFile, bytes: Uint8Array, opts: ConvertOptions): Converted {
  try {
    return convertPage(bytes, opts);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    throw new CliError(`${file.path === '-' ? 'stdin' : file.path}: ${err.message}`, err.exitCode);
  }
}

/** The format options plus the DOM pieces a convert needs (jsdom only for the fallback, on first use). */
export async function loadConvertOptions(o: ConvertWorkerOptions): Promise<ConvertOptions> {
  return { format: o.format, json: o.json, url: o.url, reparse: jsdomParse };
}

export function exitCodeOf(err: unknown): number {
  return err instanceof CliError ? err.exitCode : EXIT_ERROR;
}

/** Never throws: reading and converting problems become `{ ok: false }` with their exit code. */
export function convertFile(read: () => Uint8Array, opts: ConvertOptions): ConvertResult {
  try {
    const { filename, content } = convertPage(read(), opts);
    return { ok: true, filename, content };
  } catch (err) {
    return { ok: false, code: exitCodeOf(err), message: messageOf(err) };
  }
}
