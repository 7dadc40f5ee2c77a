#!/usr/bin/env node
// The `sina-clean` command: runs the bundle `npm run build:cli` makes from cli/main.ts. In the
// repository scripts/ensure-setup.mjs builds it (the set-up of `npm test` and `npm run demo`);
// `npm pack` runs `prepack`, so the tarball carries dist/cli.mjs and a global install builds nothing.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('sina-clean: dist/cli.mjs is missing; run `npm run build:cli` in the package folder\n');
  process.exit(1);
}
await import(bundle.href);
