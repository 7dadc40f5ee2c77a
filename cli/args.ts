/**
 * Argument parsing for `sina-clean` (convert) and `sina-clean repair`, with node:util parseArgs.
 * Bad arguments become a CliError (exit 1) with a one-line reason.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliError, messageOf } from './errors';
import { REPAIR_EXTRA_KEYS } from '../utils/repair/types';
import type { RepairExtraKey } from '../utils/repair/types';

export const FORMATS = ['hexo', 'hexo-full', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ConvertArgs {
  command: 'convert';
  inputs: string[];
  format: Format;
  json: boolean;
  url?: string;
  out?: string;
  progress: boolean;
  /** --jobs N; undefined = chosen from the cores and the number of files (cli/jobs.ts). */
  jobs?: number;
}

export interface RepairArgs {
  command: 'repair';
  inputs: string[];
  dryRun: boolean;
  backup: boolean;
  backupDir?: string;
  add: RepairExtraKey[];
  progress: boolean;
  jobs?: number;
}

export type CliArgs = ConvertArgs | RepairArgs | { command: 'help' } | { command: 'version' };

/** node:util's wording ("To specify a positional argument starting with a '-'…") cut to one short line. */
function argError(err: unknown, command: string): CliError {
  const code = (err as { code?: unknown }).code;
  const text = messageOf(err);
  const option = /'(-[^' ]*)/.exec(text)?.[1];
  const where = command === 'repair' ? ' for repair' : '';
  let what = text;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) what = `unknown option ${option}${where}`;
  else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(text)) what = `option ${/--[\w-]+/.exec(text)?.[0] ?? option} needs a value`;
  else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) what = `option ${option} takes no value`;
  return new CliError(`${what} (see sina-clean --help)`);
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>, command = 'convert') {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw argError(err, command);
  }
}

function checkUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/i.test(url) || !URL.canParse(url)) throw new CliError(`--url must be an absolute http(s) URL: ${url}`);
  return url;
}

/** Each worker holds its own jsdom and heap (cli/jobs.ts): 64 of them is already ~10 GB. */
export const MAX_JOBS = 64;

/** `--jobs N`: a positive whole number in plain decimal (not `2.5`, `0x2`, `1e1`, `-1`, ``). */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new CliError(`--jobs must be a positive whole number, not ${JSON.stringify(value.slice(0, 40))}`);
  if (n > MAX_JOBS) throw new CliError(`--jobs ${n} is more than ${MAX_JOBS} worker threads (each holds its own DOM, ~110–190 MB)`);
  return n;
}

function parseConvert(argv: string[]): CliArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    url: { type: 'string' },
    out: { type: 'string', short: 'o' },
    progress: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const format = (values.format ?? 'hexo') as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown --format ${format} (use ${FORMATS.join(', ')})`);
  if (positionals.length === 0) throw new CliError('no input: give a saved page (.html), a directory, or - for stdin (see --help)');
  return {
    command: 'convert',
    inputs: positionals,
    format: format as Format,
    json: values.json === true,
    url: checkUrl(values.url as string | undefined),
    out: values.out as string | undefined,
    progress: values.progress === true,
    jobs: parseJobs(values.jobs as string | undefined),
  };
}

function parseAdd(list: string | undefined): RepairExtraKey[] {
  if (!list) return [];
  const keys = list.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of keys) {
    if (!(REPAIR_EXTRA_KEYS as readonly string[]).includes(k)) throw new CliError(`unknown key in --add: ${k} (use ${REPAIR_EXTRA_KEYS.join(',')})`);
  }
  return [...new Set(keys)] as RepairExtraKey[];
}

function parseRepair(argv: string[]): CliArgs {
  const { values, positionals } = parse(argv, {
    'dry-run': { type: 'boolean', short: 'n' },
    'no-backup': { type: 'boolean' },
    'backup-dir': { type: 'string' },
    add: { type: 'string' },
    progress: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  }, 'repair');
  if (values.help) return { command: 'help' };
  if (positionals.length === 0) throw new CliError('repair: give a folder of posts or post files (see --help)');
  if (values['no-backup'] && values['backup-dir']) throw new CliError('--no-backup and --backup-dir contradict each other');
  return {
    command: 'repair',
    inputs: positionals,
    dryRun: values['dry-run'] === true,
    backup: values['no-backup'] !== true,
    backupDir: values['backup-dir'] as string | undefined,
    add: parseAdd(values.add as string | undefined),
    progress: values.progress === true,
    jobs: parseJobs(values.jobs as string | undefined),
  };
}

export function parseCliArgs(argv: string[]): CliArgs {
  if (argv[0] === 'repair') return parseRepair(argv.slice(1));
  return parseConvert(argv);
}
