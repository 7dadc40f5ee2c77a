/**
 * The pages of other sites (../shared/corpus/sites) and their expected files
 * (tests/fixtures/sites/<page>.json, values read from each page by hand), for the corpus tests of
 * tests/core/site-pages.test.ts, tests/core/site-registry.test.ts and tests/cli/sites.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../../cli/decode';
import type { OtherSiteId } from '../../utils/sites/ids';
import { CORPUS_SITES, ROOT } from './corpus';

export const SITE_FIXTURES = path.join(ROOT, 'tests/fixtures/sites');

export interface SitePageExpect {
  site: OtherSiteId;
  template: string;
  /** The site's name for the page's host (its og:url), or the site's own name when the page gives none. */
  siteName: string;
  title: string;
  /** The visible time with the site's zone, `2019-09-07T13:43:45+08:00`. */
  time: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  /** Start of the first paragraph of article text, and end of the last one. */
  first: string;
  last: string;
  /** Text on the page outside the article (or junk inside it) that the body must not hold. */
  junk: string[];
}

/** `gne-163-1` → its expected values; one file per page of ../shared/corpus/sites. */
export function sitePageExpects(): [string, SitePageExpect][] {
  return fs
    .readdirSync(SITE_FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(SITE_FIXTURES, f), 'utf8')) as SitePageExpect]);
}

/** The saved pages of ../shared/corpus/sites, by name. */
export function sitePageNames(): string[] {
  return fs.readdirSync(CORPUS_SITES).filter((n) => n.endsWith('.html')).sort();
}

/** A page's text as the command line and a browser decode it (gne-163-9 is UTF-8 that declares gb2312). */
export function readSitePage(name: string): string {
  return decodeHtml(fs.readFileSync(path.join(CORPUS_SITES, name))).text;
}
