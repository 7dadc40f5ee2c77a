/**
 * `sina-clean page.html [--format F | --json] [--url URL]` prints one export to stdout;
 * `sina-clean pages... --out DIR` writes one file per page (never overwriting), with progress.
 * Exit: 0 all converted, 2 an input held no article, 1 any other error (the worst one wins).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import type { ConvertArgs } from './args';
import type { ConvertOptions } from './convert-page';
import { loadJsdomParser, loadSanitizer } from './dom';
import { convertPage } from './convert-page';
import { CliError, EXIT_ERROR, EXIT_NO_ARTICLE, EXIT_OK, messageOf, oneLine } from './errors';
import { expandInputs, PAGE_EXTENSIONS } from './inputs';
import type { InputFile } from './inputs';
import type { CliIO } from './io';
import { Progress } from './progress';
import { writeNewFile } from './write-file';
import { FILES_PER_TURN, turnEventLoop } from './yield';

/** Saved pages are a few hundred KB; anything this big is not one (and would only eat memory). */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export function readInput(file: InputFile, io: CliIO): Buffer {
  if (file.path === '-') return io.readStdin();
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

function exitCodeOf(err: unknown): number {
  return err instanceof CliError ? err.exitCode : EXIT_ERROR;
}

/** Severity: an error (1) outranks "no article" (2), which outranks success (0). */
function worse(a: number, b: number): number {
  if (a === EXIT_ERROR || b === EXIT_ERROR) return EXIT_ERROR;
  return a === EXIT_NO_ARTICLE || b === EXIT_NO_ARTICLE ? EXIT_NO_ARTICLE : EXIT_OK;
}

function convertOne(file: InputFile, args: ConvertOptions, io: CliIO): number {
  const { content } = convertPage(readInput(file, io), args);
  io.out(content);
  return EXIT_OK;
}

async function convertMany(files: InputFile[], args: ConvertOptions & { out: string; progress: boolean }, io: CliIO): Promise<number> {
  mkdirSync(args.out, { recursive: true });
  const progress = new Progress({ write: io.err, isTTY: io.errIsTTY }, args.progress || io.errIsTTY, files.length);
  let worst = EXIT_OK;
  let written = 0;
  for (const [i, file] of files.entries()) {
    try {
      const { filename, content } = convertPage(readInput(file, io), args);
      writeNewFile(args.out, filename, content);
      written++;
    } catch (err) {
      const code = exitCodeOf(err);
      worst = worse(worst, code);
      progress.clear();
      io.err(`${code === EXIT_NO_ARTICLE ? 'no article' : 'error'}: ${oneLine(file.path, 500)}: ${messageOf(err)}\n`);
    }
    progress.update(i + 1, `${written} written`);
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await turnEventLoop();
  }
  progress.finish();
  io.err(`${written} of ${files.length} pages written to ${args.out}\n`);
  return worst;
}

export async function runConvert(args: ConvertArgs, io: CliIO): Promise<number> {
  const files = expandInputs(args.inputs, PAGE_EXTENSIONS);
  if (files.length === 0) throw new CliError(`no saved pages (${PAGE_EXTENSIONS.join(', ')}) found in ${args.inputs.join(' ')}`);
  const single = files.length === 1 && args.inputs.length === 1 && files[0]?.root === undefined;
  if (args.out === undefined && (!single || !files[0])) throw new CliError('several inputs: give --out DIR to write one file per page');
  const [sanitize, reparse] = await Promise.all([loadSanitizer(), loadJsdomParser()]);
  const opts: ConvertOptions = { format: args.format, json: args.json, url: args.url, sanitize, reparse };
  if (args.out !== undefined) return convertMany(files, { ...opts, out: args.out, progress: args.progress }, io);
  return convertOne(files[0]!, opts, io);
}
