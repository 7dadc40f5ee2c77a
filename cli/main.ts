/** Entry of the `sina-clean` command (bundled to dist/cli.mjs by `npm run build:cli`). */
import { processIO } from './io';
import { runCli } from './run';

// stdout closed early (`sina-clean page.html | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIO);
