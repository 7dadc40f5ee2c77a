/**
 * `npm run icons`: renders the extension's toolbar and store icons from their SVG sources
 * (assets/icon/icon.svg, and icon-small.svg drawn on the 16 px grid for the small sizes) to
 * public/icon/<size>.png with headless Chromium. The PNGs are committed, so a build needs no browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from '../support/browser/chromium';
import { ROOT } from '../support/browser/pages';
import { ICON_SIZES } from '../utils/release';

const SOURCE = path.join(ROOT, 'assets/icon');
const OUT = path.join(ROOT, 'public/icon');

/** 16 and 32 px come from the pixel-grid drawing; the rest from the detailed one. */
const sourceFor = (size: number): string => path.join(SOURCE, size <= 32 ? 'icon-small.svg' : 'icon.svg');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage();
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      const svg = readFileSync(sourceFor(size)).toString('base64');
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style>
        <img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}">`);
      await page.$eval('img', (img) => img.decode());
      const file = path.join(OUT, `${size}.png`);
      await page.screenshot({ path: file as `${string}.png`, omitBackground: true });
      await page.close();
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  } finally {
    await browser.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
