/**
 * Pages of the clipper tests: the demo article, and a variant of it carrying lazy images
 * (`data-src`, as Sina's mobile template does) that the page itself never loads — so every request
 * the test server sees for them comes from the extension's downloads — plus one image whose host
 * answers 404 (it must keep its remote link).
 */
import { readFileSync } from 'node:fs';
import { DEMO_PAGE, type TestPage } from '../../../support/browser/pages';
import type { Route } from '../../../support/browser/server';

export const LAZY_IMAGES = [
  'https://n.sinaimg.cn/finance/clipper/w640h360/20240318/lazy-one.jpg',
  'https://n.sinaimg.cn/finance/clipper/w640h360/20240318/lazy-two.png',
];
export const BROKEN_IMAGE = 'https://www.sina.com.cn/clipper-test/missing-picture.jpg';

export const IMAGES_PAGE: TestPage = {
  ...DEMO_PAGE,
  name: 'demo-article-lazy-images',
  url: 'https://finance.sina.com.cn/china/gncj/2024-03-19/doc-inamqimgs7283941.shtml',
};

const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

export function imagesPageHtml(): string {
  const html = readFileSync(DEMO_PAGE.file, 'utf8');
  const extra = [...LAZY_IMAGES, BROKEN_IMAGE]
    .map((u) => `<div class="img_wrapper"><img src="${PLACEHOLDER}" data-src="${u}" alt=""></div>`)
    .join('\n');
  const out = html.replace(/(<div class="article" id="artibody"[^>]*>)/, `$1\n${extra}\n`);
  if (out === html) throw new Error('demo page changed: #artibody not found');
  return out;
}

export function imagesPageRoute(): Route {
  return { url: IMAGES_PAGE.url, body: imagesPageHtml(), contentType: 'text/html; charset=utf-8' };
}
