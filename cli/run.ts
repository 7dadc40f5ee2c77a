/**
 * Dispatch: argv → command → exit code. Every error becomes one line on stderr, never a stack trace.
 * Each command's code is imported when that command runs (a chunk of its own in dist/, see
 * scripts/build-cli.mjs): `--help`, `--version` and bad arguments load no page parser, and
 * `repair` does not load the converter's export and extraction code.
 */
import { parseCliArgs } from './args';
import { CliError, describeError, EXIT_ERROR, EXIT_OK } from './errors';
import { USAGE, version } from './help';
import type { CliIO } from './io';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return EXIT_OK;
      case 'version':
        io.out(`${version()}\n`);
        return EXIT_OK;
      case 'convert':
        return await (await import('./convert')).runConvert(args, io);
      case 'repair':
        return await (await import('./repair')).runRepair(args, io);
    }
  } catch (err) {
    io.err(`sina-clean: ${describeError(err)}\n`);
    return err instanceof CliError ? err.exitCode : EXIT_ERROR;
  }
}
