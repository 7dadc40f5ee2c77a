/** Entry of the `sina-clean` command (bundled to dist/cli.mjs by `npm run build:cli`). */
import { processIO } from './io';
import { setWorkerScript } from './jobs';
import { runCli } from './run';
import { isSinaCleanWorker } from './worker-protocol';

if (isSinaCleanWorker()) {
  // `--jobs N`: this bundle started again as a worker thread (cli/pool.ts).
  await (await import('./worker')).runWorker();
} else {
  // stdout closed early (`sina-clean page.html | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  setWorkerScript(new URL(import.meta.url));
  process.exitCode = await runCli(process.argv.slice(2), processIO);
}
