/**
 * The always-on content script imports detect + live-clean: their bundle must stay tiny (the
 * whole content script has a 20 KB budget) and must not pull extraction or library code.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const UTILS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../utils');

describe('content-script import graph', () => {
  it('detect + live-clean bundle under 8 KB minified, without DOMPurify/Readability/turndown/yaml', async () => {
    const entry = path.join(UTILS, 'live-clean.ts');
    const detect = path.join(UTILS, 'detect.ts');
    const r = await build({
      stdin: { contents: `export * from ${JSON.stringify(entry)}; export * from ${JSON.stringify(detect)};`, resolveDir: '.', loader: 'ts' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const size = r.outputFiles[0]?.contents.length ?? Infinity;
    expect(size).toBeLessThan(8 * 1024);
    const inputs = Object.keys(r.metafile.inputs).join('\n');
    expect(inputs).not.toMatch(/dompurify|readability|turndown|yaml|clean-fragment|extract|sanitize/i);
  });
});
