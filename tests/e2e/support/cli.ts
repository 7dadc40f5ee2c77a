/** What the command line prints for a saved page: the reference the popup's saved files must equal. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '../../../support/browser/harness';
import { ROOT, type TestPage } from '../../../support/browser/pages';

export function cliOutput(page: TestPage, format = 'hexo'): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'bin/sina-clean.mjs'), page.file, '--url', page.url, '--format', format], {
    encoding: 'utf8',
  });
}

/** The next finished download in `dir` that is not in `known` (partial files are ignored). */
export async function nextDownload(dir: string, known: Set<string>): Promise<{ name: string; content: string }> {
  const name = await waitFor(async () => {
    const done = readdirSync(dir).filter((f) => !known.has(f) && !/\.(crdownload|part)$/.test(f) && !f.startsWith('.'));
    const f = done.find((n) => existsSync(path.join(dir, n)) && statSync(path.join(dir, n)).size > 0);
    return f ?? null;
  }, `a download in ${dir}`, 15000);
  known.add(name);
  return { name, content: readFileSync(path.join(dir, name), 'utf8') };
}
