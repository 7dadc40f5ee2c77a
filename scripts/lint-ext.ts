/**
 * `npm run lint:ext` (after building both Firefox targets): `web-ext lint` on each Firefox build,
 * its findings printed, and a failure for any error or for a warning that is not in a bundled
 * library's code. Our code has no innerHTML assignment (the one door is the allowlist serializer
 * plus DOMPurify); the libraries below do, and the README says why each is harmless.
 * A warning is attributed by the library's own names around the flagged spot of the minified file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Finding { _type: string; code: string; message: string; file?: string; line?: number; column?: number }
interface LintResult { summary: Record<string, number>; errors: Finding[]; warnings: Finding[]; notices: Finding[] }

/** What each library's flagged assignment sits next to (strings minification keeps). */
const LIBRARIES: [name: string, marker: RegExp][] = [
  ['Preact (dangerouslySetInnerHTML in its diff)', /dangerouslySetInnerHTML[\s\S]*__html/],
  ['Readability (restoring its page cache between attempts)', /_attempts\.push/],
  ['Readability (unwrapping <noscript> images)', /_isSingleImage/],
  ['DOMPurify (parsing the input to sanitize when DOMParser fails)', /application\/xhtml\+xml/],
];

function libraryAt(dir: string, f: Finding): string | undefined {
  if (!f.file || f.line === undefined || f.column === undefined) return undefined;
  const line = readFileSync(path.join(dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  const around = line.slice(Math.max(0, f.column - 400), f.column + 120);
  return LIBRARIES.find(([, marker]) => marker.test(around))?.[0];
}

function lint(dir: string): number {
  const bin = path.join(import.meta.dirname, '../node_modules/.bin/web-ext');
  const out = execFileSync(bin, ['lint', '-s', dir, '-o', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const r = JSON.parse(out) as LintResult;
  console.log(`${dir}: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
  let bad = r.errors.length;
  for (const f of r.errors) console.log(`  ERROR ${f.code} ${f.file ?? ''}: ${f.message}`);
  for (const f of [...r.warnings, ...r.notices]) {
    const lib = libraryAt(dir, f);
    if (!lib) bad += 1;
    console.log(`  ${lib ? 'library' : 'OURS'} ${f.code} ${f.file}:${f.line}:${f.column} ${lib ?? f.message}`);
  }
  return bad;
}

const dirs = process.argv.slice(2);
const bad = dirs.reduce((n, dir) => n + lint(dir), 0);
if (bad) {
  console.error(`${bad} finding(s) not from a bundled library: fix them (or, for a new library, add it here and to the README)`);
  process.exit(1);
}
