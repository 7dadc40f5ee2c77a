/**
 * `npm run bench:browser`: in Chromium with the built extension, on every corpus
 * article served at its real URL, prints
 *   - the first cleaning pass on the live DOM (the content script's own User Timing measure),
 *   - DOMContentLoaded → cleaned (same measure's end against the navigation timing),
 *   - Readability's parse time on the same page in the same run (Readability.js injected with
 *     addScriptTag; parse of a clone, clone time excluded), and the ratio;
 * and the always-on content script's size (bytes, minified, and gzipped) from .output.
 * Figures only; nothing is asserted. BENCH_RUNS (default 5) loads per page; medians are printed.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PASS_MEASURE } from '../lib/page/live-cleaner';
import { launchChromium, EXTENSION_DIRS } from '../support/browser/chromium';
import { ARTICLE_PAGES, DEMO_PAGE, ROOT, routeFor } from '../support/browser/pages';
import { SITE_PAGES } from '../support/browser/site-pages';
import { startServer } from '../support/browser/server';
import { fmt, machineNote, median, table } from './bench-util';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const READABILITY = path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
const CONTENT_SCRIPT = path.join(EXTENSION_DIRS.chrome, 'content-scripts/sina.js');
/** The run-time cleaner of granted other sites (entrypoints/site-clean.ts). */
const SITE_SCRIPT = path.join(EXTENSION_DIRS.chrome, 'site-clean.js');

interface Sample {
  pass: number;
  dclToClean: number;
  readability: number;
}

/** Runs in the page: the extension's measure, navigation timing, then Readability on a clone. */
function measureInPage(name: string): Sample | null {
  const m = performance.getEntriesByName(name)[0];
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!m || !nav) return null;
  const clone = document.cloneNode(true) as Document;
  const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
  const t0 = performance.now();
  new R(clone).parse();
  const readability = performance.now() - t0;
  return { pass: m.duration, dclToClean: m.startTime + m.duration - nav.domContentLoadedEventStart, readability };
}

async function main(): Promise<void> {
  const pages = [...ARTICLE_PAGES, DEMO_PAGE];
  const server = await startServer(pages.map(routeFor));
  const browser = await launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chrome });
  const readability = readFileSync(READABILITY, 'utf8');
  const rows: string[][] = [];
  const ratios: number[] = [];
  const passes: number[] = [];
  try {
    for (const page of pages) {
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        const tab = await browser.newPage();
        await tab.goto(page.url);
        await tab.addScript(readability);
        const s = await tab.evaluate(measureInPage, PASS_MEASURE);
        if (s) samples.push(s);
        await tab.close();
      }
      const pass = median(samples.map((s) => s.pass));
      const parse = median(samples.map((s) => s.readability));
      passes.push(pass);
      ratios.push(parse / Math.max(pass, 0.001));
      rows.push([page.name.slice(0, 48), fmt(pass), fmt(median(samples.map((s) => s.dclToClean))), fmt(parse),
        `${(parse / Math.max(pass, 0.001)).toFixed(0)}×`, String(samples.length)]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const bytes = statSync(CONTENT_SCRIPT).size;
  console.log(`Chromium, extension ${EXTENSION_DIRS.chrome}, ${RUNS} loads per page (medians, ms); ${machineNote()}`);
  console.log(table([['page', 'clean pass', 'DCL→cleaned', 'Readability', 'ratio', 'n'], ...rows]));
  console.log(`clean pass: median ${fmt(median(passes))} ms, max ${fmt(Math.max(...passes))} ms; ` +
    `Readability/clean ratio: median ${median(ratios).toFixed(0)}×, min ${Math.min(...ratios).toFixed(0)}×`);
  console.log(`always-on content script: ${bytes} bytes minified, ${gzipSync(readFileSync(CONTENT_SCRIPT)).length} bytes gzipped (${CONTENT_SCRIPT.replace(ROOT + '/', '')})`);
  console.log(`granted-site script: ${statSync(SITE_SCRIPT).size} bytes minified, ${gzipSync(readFileSync(SITE_SCRIPT)).length} bytes gzipped (${SITE_SCRIPT.replace(ROOT + '/', '')})`);
}

/**
 * The live pass of granted other sites (site-clean.js), one real page per site. The e2e Chrome
 * build counts the sites as granted (wxt.config.ts): headless Chromium cannot answer the prompt.
 */
async function benchSites(): Promise<void> {
  const server = await startServer(SITE_PAGES.map(routeFor));
  const browser = await launchChromium({ hostRules: server.hostRules, extensionDir: EXTENSION_DIRS.chromeE2e });
  const rows: string[][] = [];
  try {
    for (const page of SITE_PAGES) {
      const passes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const tab = await browser.newPage();
        await tab.goto(page.url);
        const d = await tab.evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? null, PASS_MEASURE);
        if (d !== null) passes.push(d);
        await tab.close();
      }
      rows.push([page.name, page.site, fmt(median(passes)), String(passes.length)]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Chromium, extension ${EXTENSION_DIRS.chromeE2e} (other sites granted), ${RUNS} loads per page (medians, ms)`);
  console.log(table([['page', 'site', 'clean pass', 'n'], ...rows]));
}

void main().then(benchSites).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
