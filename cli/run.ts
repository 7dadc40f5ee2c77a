/** Dispatch: argv → command → exit code. Every error becomes one line on stderr, never a stack trace. */
import { parseCliArgs } from './args';
import { runConvert } from './convert';
import { CliError, describeError, EXIT_ERROR, EXIT_OK } from './errors';
import { USAGE, version } from './help';
import type { CliIO } from './io';
import { runRepair } from './repair';

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
        return await runConvert(args, io);
      case 'repair':
        return await runRepair(args, io);
    }
  } catch (err) {
    io.err(`sina-clean: ${describeError(err)}\n`);
    return err instanceof CliError ? err.exitCode : EXIT_ERROR;
  }
}
