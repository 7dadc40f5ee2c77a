// `npm run build:cli`: bundles cli/main.ts into dist/cli.mjs plus the chunks it loads on demand
// (dist/cli-chunks/). Split so that `--help`, `--version` and bad arguments load no page parser:
// the commands' code and the packages they import (linkedom, yaml, turndown, Readability) live in
// chunks cli/main.ts imports only when a command runs.
//
// Those packages are bundled, not loaded from node_modules: Node resolving, reading and compiling
// their ~300 module files one by one (linkedom, htmlparser2, css-select, entities, domutils…) was
// about half the CPU of a one-page convert (0.50 → 0.25 s on Node 20). jsdom stays outside: it is
// loaded only by the generic reader's fallback (cli/dom.ts), and it reads files of its own at run
// time. CommonJS packages in the bundle (iconv-lite, turndown, Readability) call `require` for
// Node's built-in modules, so each chunk gets one made for its own URL.
//
// Written beside the old build and renamed into place, entry last: test files building at the
// same time, and a command running meanwhile, never read half a file. Chunk names carry a hash of
// their content, so a chunk renamed over one of the same name is the same file.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CHUNKS = 'cli-chunks';

mkdirSync(DIST, { recursive: true });
const tmp = mkdtempSync(path.join(DIST, '.cli-build-'));
try {
  await build({
    entryPoints: { cli: path.join(ROOT, 'cli/main.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    logLevel: 'warning',
  });
  mkdirSync(path.join(DIST, CHUNKS), { recursive: true });
  const made = readdirSync(path.join(tmp, CHUNKS));
  for (const f of made) renameSync(path.join(tmp, CHUNKS, f), path.join(DIST, CHUNKS, f));
  renameSync(path.join(tmp, 'cli.mjs'), path.join(DIST, 'cli.mjs'));
  // Chunks of older builds would ride along in the npm tarball. A build racing this one from the
  // same sources makes the same names, so only files of other sources go.
  for (const f of readdirSync(path.join(DIST, CHUNKS))) {
    if (!made.includes(f)) unlinkSync(path.join(DIST, CHUNKS, f));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
