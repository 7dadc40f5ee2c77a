/**
 * `npm run bench` (issue 2, "Speed"): for each corpus page, parse ONCE, then time on that same
 * document (a) our rules: extractArticle + exportArticle hexo and markdown, and (b) Readability
 * (readabilityExtract, which sanitizes too) + the same exports (turndown for Markdown); medians of
 * CPU time over several runs and the ratio, plus where the rule path's time goes. Then the command
 * line's throughput: the in-process convert path (one core) and `sina-clean <dir> --out` with
 * `--jobs 1` and with the worker threads it picks by itself.
 * Prints figures only; nothing is asserted. BENCH_ITER and BENCH_CLI_INPUTS tune it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageText } from '../cli/convert-page';
import { turnEventLoop } from '../cli/yield';
import { loadJsdomParser, loadSanitizer, parseDocument } from '../cli/dom';
import { exportArticle } from '../utils/export/index';
import { extractArticle } from '../utils/extract';
import { readabilityExtract } from '../utils/fallback';
import type { ExtractResult } from '../utils/model';
import type { Sanitize } from '../utils/sanitize';
import { cliThroughput, inProcessThroughput } from './bench-cli';
import { fmt, machineNote, median, table, timeMedian } from './bench-util';

const PAGES = path.resolve(import.meta.dirname, '../../shared/corpus/pages');
const ITER = Number(process.env.BENCH_ITER ?? 5);

type Parser = 'linkedom' | 'jsdom';
const quiet = new VirtualConsole(); // jsdom's "Could not parse CSS stylesheet" noise
const parsers: Record<Parser, (html: string) => Document> = {
  linkedom: parseDocument,
  jsdom: (html) => new JSDOM(html, { virtualConsole: quiet }).window.document,
};

function exportBoth(res: ExtractResult): void {
  if (!res.ok) return;
  exportArticle(res.article, 'hexo');
  exportArticle(res.article, 'markdown');
}

interface Row {
  cells: string[];
  ratio: number;
  /** Readability alone / our rules alone (neither sanitizing nor exporting). */
  rawRatio: number;
}

/** Parse, rules (extract without/with sanitizing), exports, Readability: all on the same document. */
function pageRow(file: string, parser: Parser, sanitize: Sanitize): Row | undefined {
  const text = pageText(readFileSync(path.join(PAGES, file)));
  const parse = timeMedian(() => parsers[parser](text), Math.min(ITER, 3));
  const doc = parsers[parser](text);
  const probe = extractArticle(doc, { sanitize, fallback: false });
  if (!probe.ok) return undefined; // not a Sina article for the rules: nothing to compare
  const identity = (h: string) => h;
  const extractOnly = timeMedian(() => extractArticle(doc, { sanitize: identity, fallback: false }), ITER);
  const unsanitized = extractArticle(doc, { sanitize: identity, fallback: false });
  const sanitizeOnly = unsanitized.ok ? timeMedian(() => sanitize(unsanitized.article.html), ITER) : 0;
  const hexo = timeMedian(() => exportArticle(probe.article, 'hexo'), ITER);
  const md = timeMedian(() => exportArticle(probe.article, 'markdown'), ITER);
  const rules = timeMedian(() => exportBoth(extractArticle(doc, { sanitize, fallback: false })), ITER);
  const readability = timeMedian(() => exportBoth(readabilityExtract(doc, probe.article.url, sanitize)), ITER);
  const readabilityRaw = timeMedian(() => readabilityExtract(doc, probe.article.url, identity), ITER);
  const ratio = readability / rules;
  const name = file.replace(/\.html$/, '').slice(0, 44);
  const cells = [name, parser, fmt(parse), fmt(extractOnly), fmt(sanitizeOnly), fmt(hexo), fmt(md), fmt(rules), fmt(readability), `${ratio.toFixed(1)}×`];
  return { cells: [...cells, fmt(readabilityRaw), `${(readabilityRaw / extractOnly).toFixed(1)}×`], ratio, rawRatio: readabilityRaw / extractOnly };
}

async function perPage(sanitize: Sanitize): Promise<void> {
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
  const rows: string[][] = [['page', 'DOM', 'parse', 'extract', 'sanitize', 'hexo', 'md', 'RULES', 'READABILITY', 'ratio', 'Rdb alone', 'ratio alone']];
  const ratios: Record<Parser, number[]> = { linkedom: [], jsdom: [] };
  const raw: Record<Parser, number[]> = { linkedom: [], jsdom: [] };
  for (const file of files) {
    for (const parser of ['linkedom', 'jsdom'] as const) {
      await turnEventLoop(); // frees what the last row's jsdom work kept alive (cli/yield.ts)
      const row = pageRow(file, parser, sanitize);
      if (!row) continue;
      rows.push(row.cells);
      ratios[parser].push(row.ratio);
      raw[parser].push(row.rawRatio);
    }
  }
  console.log(`\nPer Sina article page, CPU ms per run, median of ${ITER} samples of ≥ 25 ms each, on ONE parsed document.`);
  console.log('RULES = extractArticle (rules + sanitize) + export hexo + export markdown;');
  console.log('READABILITY = readabilityExtract (Readability + sanitize) + the same two exports (turndown).');
  console.log('parse/extract(no sanitize)/sanitize/hexo/md: where the RULES time goes.');
  console.log('Rdb alone = Readability without sanitizing/exporting; ratio alone = that / extract (no sanitize).\n');
  console.log(table(rows));
  for (const p of ['linkedom', 'jsdom'] as const) {
    const r = ratios[p];
    if (r.length) console.log(`ratio READABILITY/RULES on ${p}: median ${median(r).toFixed(1)}×, min ${Math.min(...r).toFixed(1)}×, max ${Math.max(...r).toFixed(1)}× (aim ≥ 10×)`);
    const a = raw[p];
    if (a.length) console.log(`ratio Readability alone / rules alone on ${p}: median ${median(a).toFixed(1)}×, min ${Math.min(...a).toFixed(1)}×`);
  }
}

async function main(): Promise<void> {
  console.log(machineNote());
  const sanitize = await loadSanitizer();
  await perPage(sanitize);
  console.log('\nCommand line throughput (in process: one core; the CLI: --jobs 1, then its default)\n');
  const reparse = await loadJsdomParser();
  await inProcessThroughput(PAGES, sanitize, reparse, true);
  await inProcessThroughput(PAGES, sanitize, reparse, false);
  cliThroughput(PAGES);
}

await main();
