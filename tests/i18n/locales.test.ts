/**
 * The two locale files (zh_CN default, en) against each other and against the source: every key
 * in both languages with the same placeholders, every key the code uses present, the manifest's
 * `__MSG_…__` names present, and no hard-coded text in components.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'utils'];

type Flat = Map<string, string>;

function flatten(obj: unknown, prefix = '', out: Flat = new Map()): Flat {
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') flatten(v, key, out);
    else out.set(key, String(v));
  }
  return out;
}

const load = (l: string): Flat => flatten(parse(fs.readFileSync(path.join(ROOT, 'locales', `${l}.yml`), 'utf8')));
const zh = load('zh_CN');
const en = load('en');

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tsx?|html)$/.test(e.name)) out.push(p);
    }
  };
  SOURCE_DIRS.forEach((d) => fs.existsSync(path.join(ROOT, d)) && walk(path.join(ROOT, d)));
  return [...out, path.join(ROOT, 'wxt.config.ts')];
}

const placeholders = (s: string) => [...s.matchAll(/\$(\d)|\$([A-Za-z_][A-Za-z0-9_]*)\$|\{([A-Za-z0-9_]+)\}/g)].map((m) => m[0]).sort();
/** `a.b.c` is a message name `a_b_c` in messages.json (how @wxt-dev/i18n flattens). */
const messageNames = new Set([...zh.keys()].map((k) => k.replace(/\./g, '_')));
const sections = new Set([...zh.keys()].filter((k) => k.includes('.')).map((k) => k.split('.')[0]));

describe('locale files', () => {
  it('have the same keys in zh_CN and en, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [k, v] of [...zh, ...en]) expect(v.trim(), k).not.toBe('');
    expect(zh.size).toBeGreaterThan(100);
  });

  it('use the same placeholders in both languages', () => {
    for (const [k, v] of zh) expect(placeholders(en.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('name the extension in both (the manifest uses them)', () => {
    expect(zh.get('extName')).toBe('新浪财经净读');
    expect(en.get('extName')).toBe('Sina Finance Cleaner');
  });
});

describe('keys used in the source', () => {
  const files = sourceFiles();
  const texts = files.map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8')] as const);

  it('every i18n.t(…) key with a literal argument exists', () => {
    let n = 0;
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/\bi18n\.t\(\s*(['"`])([^'"`]+)\1/g)) {
        n++;
        expect(zh.has(m[2] as string), `${file}: ${m[2]}`).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('every string literal shaped like a locale key (dynamic keys, casts) exists', () => {
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/(['"])([a-z][A-Za-z0-9]*)\.([A-Za-z0-9.]+)\1/g)) {
        const key = `${m[2]}.${m[3]}`;
        if (!sections.has(m[2] as string) || /\.(ts|tsx|js|css|html|json|md)$/.test(key)) continue;
        expect(zh.has(key), `${file}: ${key}`).toBe(true);
      }
    }
  });

  it('every __MSG_name__ (manifest, html) exists', () => {
    let n = 0;
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) {
        n++;
        expect(messageNames.has(m[1] as string), `${file}: ${m[1]}`).toBe(true);
      }
    }
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('components hold no hard-coded words in JSX text (parsed with the TypeScript compiler)', () => {
    const found: string[] = [];
    let tsx = 0;
    for (const [file, text] of texts.filter(([f]) => f.endsWith('.tsx'))) {
      tsx++;
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /[A-Za-z\u3400-\u9fff]/.test(node.text)) found.push(`${file}: ${node.text.trim()}`);
        node.forEachChild(visit);
      };
      visit(sf);
    }
    expect(tsx).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });
});
