/**
 * `sina-clean page.html [--format F | --json] [--url URL]` prints one export to stdout;
 * `sina-clean pages... --out DIR [--jobs N]` writes one file per page (never overwriting), with
 * progress; pages are converted by worker threads for big runs (cli/pool.ts), written here.
 * Exit: 0 all converted, 2 an input held no article, 1 any other error (the worst one wins).
 */
import type { ConvertArgs } from './args';
import { convertNamed, exitCodeOf, loadConvertOptions, readInput } from './convert-file';
import type { ConvertResult } from './convert-file';
import { CliError, EXIT_ERROR, EXIT_NO_ARTICLE, EXIT_OK, messageOf, oneLine } from './errors';
import { expandInputs, PAGE_EXTENSIONS } from './inputs';
import type { InputFile } from './inputs';
import type { CliIO } from './io';
import { eachInOrder } from './in-order';
import { chooseJobs } from './jobs';
import { Progress } from './progress';
import { makeFolder, writeNewFile } from './write-file';

/** Severity: an error (1) outranks "no article" (2), which outranks success (0). */
function worse(a: number, b: number): number {
  if (a === EXIT_ERROR || b === EXIT_ERROR) return EXIT_ERROR;
  return a === EXIT_NO_ARTICLE || b === EXIT_NO_ARTICLE ? EXIT_NO_ARTICLE : EXIT_OK;
}

/** The input is read before the DOM libraries are loaded: a refused input costs no start-up. */
async function convertOne(file: InputFile, args: ConvertArgs, io: CliIO): Promise<number> {
  const bytes = readInput(file, io.readStdin);
  const { content } = convertNamed(file, bytes, await loadConvertOptions(args));
  io.out(content);
  return EXIT_OK;
}

/** The main thread writes every file, in input order: `name (2).md` goes to the same page as with one thread. */
async function convertMany(files: InputFile[], args: ConvertArgs & { out: string }, io: CliIO): Promise<number> {
  makeFolder(args.out);
  const progress = new Progress({ write: io.err, isTTY: io.errIsTTY }, args.progress || io.errIsTTY, files.length);
  let worst = EXIT_OK;
  let written = 0;
  const fail = (file: InputFile, code: number, message: string): void => {
    worst = worse(worst, code);
    progress.clear();
    io.err(`${code === EXIT_NO_ARTICLE ? 'no article' : 'error'}: ${oneLine(file.path, 500)}: ${message}\n`);
  };
  const spec = {
    jobs: chooseJobs(args.jobs, files.length, 'convert'),
    init: { sinaCleanWorker: 'convert', options: { format: args.format, json: args.json, url: args.url } },
    task: (file: InputFile, id: number) => ({ id, path: file.path, bytes: file.path === '-' ? io.readStdin() : undefined }),
    crashed: (message: string): ConvertResult => ({ ok: false, code: EXIT_ERROR, message }),
  } as const;
  await eachInOrder(files, spec, (i, file, res) => {
    if (!res.ok) fail(file, res.code, res.message);
    else {
      try {
        writeNewFile(args.out, res.filename, res.content);
        written++;
      } catch (err) {
        fail(file, exitCodeOf(err), messageOf(err));
      }
    }
    progress.update(i + 1, `${written} written`);
  });
  progress.finish();
  io.err(`${written} of ${files.length} pages written to ${args.out}\n`);
  return worst;
}

export async function runConvert(args: ConvertArgs, io: CliIO): Promise<number> {
  const files = expandInputs(args.inputs, PAGE_EXTENSIONS);
  if (files.length === 0) throw new CliError(`no saved pages (${PAGE_EXTENSIONS.join(', ')}) found in ${args.inputs.join(' ')}`);
  const single = files.length === 1 && args.inputs.length === 1 && files[0]?.root === undefined;
  if (args.out === undefined && (!single || !files[0])) throw new CliError('several inputs: give --out DIR to write one file per page');
  if (args.out !== undefined) return convertMany(files, { ...args, out: args.out }, io);
  return convertOne(files[0]!, args, io);
}
