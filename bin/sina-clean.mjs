#!/usr/bin/env node
// The `sina-clean` command: runs the bundle `npm run build:cli` makes from cli/main.ts. In the
// repository scripts/ensure-setup.mjs builds it (the set-up of `npm test` and `npm run demo`);
// `npm pack` runs `prepack`, so the tarball carries dist/cli.mjs and a global install builds nothing.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Most of a short run's CPU is compiling the bundle and the packages it loads (linkedom, yaml,
// turndown). Node ≥ 22.1 can keep V8's compiled code between runs: in $NODE_COMPILE_CACHE when it
// is set, else in <os.tmpdir()>/node-compile-cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// Node checks each entry against the source it was made from and compiles afresh on a mismatch,
// so a stale or half-written entry costs only the time saved; a directory it cannot create or
// write makes the call report failure, and the run goes on uncached. Node 20 has no such call.
if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // Same run, without the cache.
  }
}

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('sina-clean: dist/cli.mjs is missing; run `npm run build:cli` in the package folder\n');
  process.exit(1);
}
await import(bundle.href);
