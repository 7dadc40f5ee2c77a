/**
 * One input of `sina-clean ... --out DIR` → a result that can cross a thread boundary: the file to
 * write, or the exit code and the one-line reason it was not converted. Run in the main thread with
 * `--jobs 1`, in a worker thread otherwise (cli/worker.ts); writing stays with the main thread.
 */
import { readFileSync, statSync } from 'node:fs';
import { convertPage } from './convert-page';
import type { ConvertOptions } from './convert-page';
import { jsdomParse } from './dom';
import { CliError, EXIT_ERROR, messageOf } from './errors';
import type { InputFile } from './inputs';
import type { ConvertWorkerOptions } from './worker-protocol';

/** Saved pages are a few hundred KB; anything this big is not one (and would only eat memory). */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export type ConvertResult = { ok: true; filename: string; content: string } | { ok: false; code: number; message: string };

export function readInput(file: InputFile, readStdin: () => Buffer): Buffer {
  if (file.path === '-') return readStdin();
  let size: number;
  try {
    size = statSync(file.path).size;
  } catch (err) {
    throw new CliError(`cannot read ${file.path}: ${messageOf(err)}`);
  }
  if (size > MAX_PAGE_BYTES) throw new CliError(`${file.path} is too large for a saved page (${size} bytes)`);
  try {
    return readFileSync(file.path);
  } catch (err) {
    throw new CliError(`cannot read ${file.path}: ${messageOf(err)}`);
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
