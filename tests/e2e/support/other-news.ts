/**
 * The non-Sina news page of the fallback tests (tests/e2e/fixtures/other-news-article.html) at the
 * made-up host only e2e-mode builds may reach (utils/hosts.ts), what the fixture itself says is its
 * article and its furniture, and how a test opens the popup on it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { E2E_OTHER_NEWS_MATCH } from '@/utils/hosts';
import { squash } from './expect-article';
import { waitFor, type E2eBrowser, type E2ePage } from '../../../support/browser/harness';
import { ROOT, type TestPage } from '../../../support/browser/pages';
import type { Route } from '../../../support/browser/server';

export const OTHER_NEWS_HOST = new URL(E2E_OTHER_NEWS_MATCH.replace('*://', 'https://')).hostname;

export const OTHER_NEWS_PAGE: TestPage = {
  name: 'other-news-article',
  file: path.join(ROOT, 'tests/e2e/fixtures/other-news-article.html'),
  url: `https://${OTHER_NEWS_HOST}/markets/2024/03/20/port-throughput-8841.html`,
  charset: 'utf-8',
  article: true,
};

/** The article's chart, at the URL the page uses (a relative `src`). */
export const OTHER_NEWS_CHART: Route = {
  url: `https://${OTHER_NEWS_HOST}/images/2024/0320/port-throughput-chart.svg`,
  body: readFileSync(path.join(ROOT, 'tests/e2e/fixtures/other-news-chart.svg')),
  contentType: 'image/svg+xml',
};

/** Page furniture around the article (the fixture's own class names). */
const FURNITURE = ['.site-header', '.top-ad', '.crumbs', '.share-bar', '.related', '.comments', '.sidebar', '.site-footer'];

export interface FixtureParts {
  /** Squashed text of each article paragraph (`#article-body > p`). */
  paragraphs: string[];
  /** Squashed text of every leaf of the furniture that does not also occur in the article's text. */
  furniture: string[];
}

/** Read from the fixture file itself, not from the extractor: the reference is independent of it. */
export function fixtureParts(): FixtureParts {
  const doc = new JSDOM(readFileSync(OTHER_NEWS_PAGE.file, 'utf8')).window.document;
  const paragraphs = [...doc.querySelectorAll('#article-body > p')].map((p) => squash(p.textContent));
  const articleText = squash(doc.querySelector('#article-body')?.textContent);
  const leaves = FURNITURE.flatMap((sel) => [...doc.querySelectorAll(`${sel}, ${sel} *`)])
    .filter((el) => el.children.length === 0 || [...el.childNodes].some((n) => n.nodeType === 3 && squash(n.nodeValue)))
    .map((el) => squash(el.textContent))
    .filter((t) => t.length > 0 && !articleText.includes(t));
  return { paragraphs, furniture: [...new Set(leaves)] };
}

/** Text of the reader frame's article, squashed (evaluated in the frame). */
export function readerText(): string {
  return (document.querySelector('main')?.textContent ?? '').replace(/[\s\u3000\u00a0\u200b]+/g, '');
}

/**
 * The popup acting on a non-Sina tab. Chromium: the popup URL with `?tabId=N` (chromium.ts).
 * Firefox: the e2e hook that opens the popup lives in the Sina content script, which a non-Sina
 * page has not got; so the popup is opened over a Sina helper tab and then sent, inside the
 * extension, to `popup.html?tabId=N` of the target tab (the e2e build may see that tab's URL).
 */
export async function openPopupOnOther(b: E2eBrowser, page: E2ePage, helperUrl: string): Promise<E2ePage> {
  let popup: E2ePage;
  if (b.name === 'chromium') {
    popup = await b.openPopup(page);
  } else {
    const helper = await b.newPage();
    await helper.goto(helperUrl);
    popup = await b.openPopup(helper);
    const target = await page.evaluate(() => location.href);
    const id = await popup.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
    }, target);
    if (id < 0) throw new Error(`no tab at ${target}`);
    // Navigated after evaluate returns (a document torn down mid-evaluate fails the call).
    await popup.evaluate((n) => void setTimeout(() => location.replace(`/popup.html?tabId=${n}`), 0), id);
    await waitFor(() => popup.evaluate((n) => location.search === `?tabId=${n}` && document.readyState === 'complete', id), 'popup re-targeted');
    await helper.close();
  }
  await waitFor(() => popup.evaluate(() => {
    const s = document.querySelector('[data-state]')?.getAttribute('data-state');
    return s && s !== 'loading' ? s : null;
  }), 'popup ready', 20000);
  return popup;
}
