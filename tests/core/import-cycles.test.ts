// @vitest-environment node
/**
 * No import cycle among the extension's and the command line's sources, type-only imports
 * included: a cycle held only by types still ties the modules' folders together
 * (docs/ARCHITECTURE.md, "Boundaries").
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DIRS = ['lib', 'utils', 'components', 'entrypoints', 'cli'];
const IMPORT = /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((c) => fs.existsSync(c));
}

function cycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m].map((p) => path.relative(ROOT, p)).join(' → '));
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  [...graph.keys()].forEach((n) => state.has(n) || visit(n));
  return found;
}

describe('import graph', () => {
  it('has no cycle', () => {
    const files = DIRS.flatMap((d) => sources(path.join(ROOT, d)));
    const graph = new Map(files.map((f) => {
      const specs = [...fs.readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
      return [f, specs.map((s) => resolve(f, s)).filter((r): r is string => r !== undefined)];
    }));
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });
});
