/**
 * `npm pack` makes the `sina-clean` package: the tarball holds what runs (the bin, the bundle its
 * worker threads also run and the chunks it loads on demand, package.json, README) and nothing of the tests, corpus, extension
 * sources or builds; every package the bundle imports is a runtime dependency; and nothing runs at
 * install time, so `npm i -g ./sina-finance-cleaner-*.tgz` works outside this repository.
 * `--dry-run --ignore-scripts`: lists the files without building or touching the network.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT } from './support/cli';

interface PackResult {
  files: { path: string }[];
}
interface Manifest {
  private?: boolean;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
let files: string[] = [];

/**
 * The bare specifiers of the bundle's static imports, dynamic imports and lazy `require` calls
 * (cli/dom.ts loads jsdom with `createRequire(…)("jsdom")`). The other packages are bundled
 * (scripts/build-cli.mjs), so their code is in the chunks too: only strings shaped like a package
 * name count, not the odd `import(`/`require(` text inside a bundled library's strings.
 */
function bundleImports(code: string): string[] {
  const specs = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|[Rr]equire(?:\([^()]*\))?\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
  const packageLike = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/i;
  return [...new Set(specs.filter((s) => packageLike.test(s) && !s.startsWith('node:') && !builtinModules.includes(s)))].sort();
}

/**
 * Required only inside a try whose catch has a fallback: linkedom's commonjs/canvas.cjs takes the
 * `canvas` package when one is installed and its own shim otherwise, bundled or not.
 */
const OPTIONAL = ['canvas'];

const packageName = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

describe('npm pack', () => {
  beforeAll(() => {
    buildCli();
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--offline'], { cwd: ROOT, encoding: 'utf8' });
    files = (JSON.parse(out) as PackResult[])[0]!.files.map((f) => f.path).sort();
  }, 60000);

  it('holds the command and what it runs, nothing else', () => {
    expect(pkg.private).toBeUndefined();
    const chunks = readdirSync(path.join(ROOT, 'dist/cli-chunks')).map((f) => `dist/cli-chunks/${f}`).sort();
    expect(chunks.length).toBeGreaterThan(0);
    expect(files).toEqual(['README.md', 'bin/sina-clean.mjs', 'dist/cli.mjs', ...chunks, 'package.json'].sort());
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(path.posix.normalize(bin));
  });

  it('no tests, corpus, sources or builds', () => {
    const leaks = files.filter((f) => /^(tests|scripts|cli|utils|lib|entrypoints|components|demo|docs|public|\.output|node_modules)\/|corpus|\.tgz$/.test(f));
    expect(leaks).toEqual([]);
  });

  it('every package dist/cli.mjs and its chunks import is a runtime dependency', () => {
    const chunks = readdirSync(path.join(ROOT, 'dist/cli-chunks')).map((f) => path.join(ROOT, 'dist/cli-chunks', f));
    const code = [path.join(ROOT, 'dist/cli.mjs'), ...chunks].map((f) => readFileSync(f, 'utf8')).join('\n');
    const imports = bundleImports(code).map(packageName);
    expect(imports).toContain('jsdom'); // the scan sees the lazy load too
    expect(imports.filter((name) => !(name in pkg.dependencies) && !OPTIONAL.includes(name))).toEqual([]);
  });

  it('nothing runs or asks to run when the tarball is installed (the CLI is built by `prepack`)', () => {
    // npm 11 lists `prepare` among a tarball's install scripts and offers to allow it; run there,
    // it would fail (no WXT, no sources). The repository's set-up is scripts/ensure-setup.mjs.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(pkg.scripts.prepack).toContain('build:cli');
  });
});
