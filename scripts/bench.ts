/**
 * `npm run bench`: for each corpus page, parse ONCE, then time on that same
 * document (a) our rules: extractArticle + exportArticle hexo and markdown, and (b) Readability
 * (readabilityExtract, which serializes through the allowlist too) + the same exports (turndown for Markdown); medians of
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
import { jsdomParse, parseDocument } from '../cli/dom';
import { exportArticle } from '../utils/export/index';
import { extractArticle } from '../utils/extract';
import { readabilityExtract } from '../utils/fallback';
import type { ExtractResult } from '../utils/model';
import { createSanitizer, type Sanitize } from '../utils/sanitize';
import { serializeHtml } from '../utils/serialize-html';
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
  serialize: number;
}

/**
 * The allowlist serializer on the article's tree (what extraction does last), and for comparison
 * DOMPurify on a jsdom window, the door before utils/serialize-html.ts (it parses the string again).
 */
function serializeTimes(html: string, purify: Sanitize): [number, number] {
  const body = parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
  return [timeMedian(() => serializeHtml(body), ITER), timeMedian(() => purify(html), ITER)];
}

/** Parse, rules (extract, serializer included), exports, Readability: all on the same document. */
function pageRow(file: string, parser: Parser, purify: Sanitize): Row | undefined {
  const text = pageText(readFileSync(path.join(PAGES, file)));
  const parse = timeMedian(() => parsers[parser](text), Math.min(ITER, 3));
  const doc = parsers[parser](text);
  const probe = extractArticle(doc, { fallback: false });
  if (!probe.ok) return undefined; // not a Sina article for the rules: nothing to compare
  const extractOnly = timeMedian(() => extractArticle(doc, { fallback: false }), ITER);
  const [serialize, purifyMs] = serializeTimes(probe.article.html, purify);
  const hexo = timeMedian(() => exportArticle(probe.article, 'hexo'), ITER);
  const md = timeMedian(() => exportArticle(probe.article, 'markdown'), ITER);
  const rules = timeMedian(() => exportBoth(extractArticle(doc, { fallback: false })), ITER);
  const readability = timeMedian(() => exportBoth(readabilityExtract(doc, probe.article.url)), ITER);
  const readabilityRaw = timeMedian(() => readabilityExtract(doc, probe.article.url), ITER);
  const ratio = readability / rules;
  const name = file.replace(/\.html$/, '').slice(0, 44);
  const cells = [name, parser, fmt(parse), fmt(extractOnly), fmt(serialize), fmt(purifyMs), fmt(hexo), fmt(md), fmt(rules), fmt(readability), `${ratio.toFixed(1)}×`];
  return { cells: [...cells, fmt(readabilityRaw), `${(readabilityRaw / extractOnly).toFixed(1)}×`], ratio, rawRatio: readabilityRaw / extractOnly, serialize };
}

async function perPage(purify: Sanitize): Promise<void> {
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
  const rows: string[][] = [['page', 'DOM', 'parse', 'extract', 'serialize', 'DOMPurify', 'hexo', 'md', 'RULES', 'READABILITY', 'ratio', 'Rdb alone', 'ratio alone']];
  const ratios: Record<Parser, number[]> = { linkedom: [], jsdom: [] };
  const raw: Record<Parser, number[]> = { linkedom: [], jsdom: [] };
  const serialized: number[] = [];
  for (const file of files) {
    for (const parser of ['linkedom', 'jsdom'] as const) {
      await turnEventLoop(); // frees what the last row's jsdom work kept alive (cli/yield.ts)
      const row = pageRow(file, parser, purify);
      if (!row) continue;
      rows.push(row.cells);
      ratios[parser].push(row.ratio);
      raw[parser].push(row.rawRatio);
      serialized.push(row.serialize);
    }
  }
  console.log(`\nPer Sina article page, CPU ms per run, median of ${ITER} samples of ≥ 25 ms each, on ONE parsed document.`);
  console.log('RULES = extractArticle (rules + allowlist serializer) + export hexo + export markdown;');
  console.log('READABILITY = readabilityExtract (Readability + the same serializer) + the same two exports (turndown).');
  console.log('parse/extract/hexo/md: where the RULES time goes; serialize: utils/serialize-html.ts on the article tree');
  console.log('(inside extract); DOMPurify: the old door on a jsdom window, for comparison (not run by the product in Node).');
  console.log('Rdb alone = Readability without exporting; ratio alone = that / extract.\n');
  console.log(table(rows));
  console.log(`serializer per page: median ${fmt(median(serialized))} ms, max ${fmt(Math.max(...serialized))} ms`);
  for (const p of ['linkedom', 'jsdom'] as const) {
    const r = ratios[p];
    if (r.length) console.log(`ratio READABILITY/RULES on ${p}: median ${median(r).toFixed(1)}×, min ${Math.min(...r).toFixed(1)}×, max ${Math.max(...r).toFixed(1)}× (aim ≥ 10×)`);
    const a = raw[p];
    if (a.length) console.log(`ratio Readability alone / rules alone on ${p}: median ${median(a).toFixed(1)}×, min ${Math.min(...a).toFixed(1)}×`);
  }
}

async function main(): Promise<void> {
  console.log(machineNote());
  await perPage(createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis));
  console.log('\nCommand line throughput (in process: one core; the CLI: --jobs 1, then its default)\n');
  await inProcessThroughput(PAGES, jsdomParse, true);
  await inProcessThroughput(PAGES, jsdomParse, false);
  cliThroughput(PAGES);
}

await main();
