#!/usr/bin/env node
// The `sina-clean` command: runs the bundle `npm run build:cli` makes from cli/main.ts.
import '../dist/cli.mjs';
