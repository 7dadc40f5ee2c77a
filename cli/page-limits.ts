/**
 * How much one saved page may cost. Each limit is far above every real page (figures from
 * ../shared/corpus/pages and ../shared/corpus/sites, measured 2026-12) and far below what takes a
 * convert to minutes or past a gigabyte; a page over one is refused (exit 2) with one line naming
 * the limit. Measured before these limits: 400,000 <p> ran out of heap after 6 minutes (4.5 GB),
 * 100,000 <p> took 31 s and 1.2 GB, 200,000 nested <div> 2.5 minutes before being refused.
 * Elements, attributes, comments and depth are counted during the first, streaming pass
 * (cli/article-pass.ts), before any DOM is built; bytes while reading (cli/read-bounded.ts).
 */
import { MAX_PAGE_DEPTH } from '../utils/depth';
import { NoArticleError } from './errors';

export { MAX_PAGE_DEPTH };

/**
 * Bytes of one page (files, devices and stdin alike). The largest corpus page is 560 KB and a
 * 20,000-paragraph article ~1 MB; pages saved with their images inlined (data: URLs) reach a few
 * MB. The decoded text, its reduced copy and the DOM of a page this size stay well under 1 GB.
 */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * Elements of one page. The largest corpus page has 5,400 (a Sina home page), an article page
 * ~1,200; an article of 20,000 paragraphs (tests/cli/errors.test.ts) must still convert. Every
 * element costs linkedom and the sanitizer's jsdom ~10 KB and ~0.15 ms: 50,000 took 8 s, 580 MB.
 */
export const MAX_PAGE_ELEMENTS = 40_000;

/**
 * Elements, attributes and comments together: attributes and comments cost memory like elements
 * (200,000 attributes took 11 s and 710 MB). The largest corpus page has 13,900.
 */
export const MAX_PAGE_NODES = 100_000;

/**
 * Attributes of one element: jsdom (the sanitizer, the generic reader) adds each in time
 * proportional to those already there, so 20,000 on one element took 10 s. Corpus maximum: 15.
 */
export const MAX_ELEMENT_ATTRIBUTES = 100;

/**
 * Characters of text (outside tags). Text costs ~100 bytes of memory a character through the DOM,
 * sanitizer and Markdown: an 8 MB paragraph took 9 s and 790 MB, 4 MB 5 s and 310 MB. The whole
 * text of the largest corpus page, scripts included, is under 0.5 M characters; a 20,000-paragraph
 * article 0.3 M. Markup and attribute values (images inlined as data: URLs) do not count here.
 */
export const MAX_PAGE_TEXT = 4_000_000;

/**
 * Elements of a page read by the generic reader (Readability on jsdom, for pages that are not a
 * Sina template): it costs ~1 ms an element (a 3,000-element page of sites/gne-163-1.html: 3 s),
 * so its limit is lower (10,000 took 10–13 s). The largest non-Sina corpus page has 3,100.
 */
export const MAX_FALLBACK_ELEMENTS = 8_000;

/** The limits the first pass checks (cli/article-pass.ts, counted by cli/page-count.ts). */
export const FIRST_PASS_LIMITS = {
  depth: MAX_PAGE_DEPTH,
  elements: MAX_PAGE_ELEMENTS,
  nodes: MAX_PAGE_NODES,
  attributes: MAX_ELEMENT_ATTRIBUTES,
  text: MAX_PAGE_TEXT,
} as const;

/** A page over a limit: exit 2, like any other input that holds no article page. */
export class PageLimitError extends NoArticleError {
  constructor(message: string) {
    super(message);
    this.name = 'PageLimitError';
  }
}

const MB = 1024 * 1024;

export function tooManyBytes(): PageLimitError {
  return new PageLimitError(`larger than ${MAX_PAGE_BYTES / MB} MB, the limit for one saved page`);
}
