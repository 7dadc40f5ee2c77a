/**
 * Extraction for extension pages and the injected clipper (lib/page/clip-page.ts): the tab hands
 * over its HTML, we parse it here with DOMParser and run the same pure code as the command line
 * (`extractArticle`, sanitizer, `exportArticle`). Nothing of the page runs: DOMParser documents
 * execute no script, and the extension pages' CSP forbids inline script anyway.
 */
import type { ExtractResult } from '@/utils/model';
import { extractArticle } from '@/utils/extract';
import { createSanitizer, type Sanitize } from '@/utils/sanitize';
import { sendMessage, toTab } from '@/lib/protocol/messages';
import { readHostRules } from '@/lib/shared/user-rules-store';
import type { UserRuleSet } from '@/utils/user-rules';

let sanitizer: Sanitize | undefined;

export function pageSanitizer(): Sanitize {
  sanitizer ??= createSanitizer(window);
  return sanitizer;
}

export function extractFromHtml(html: string, url: string, userRules?: UserRuleSet): ExtractResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, { url, userRules });
}

/** As `extractFromHtml`, with the user's rules for the page's host (what every export uses). */
export async function extractWithUserRules(html: string, url: string): Promise<ExtractResult> {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return extractFromHtml(html, url, host ? await readHostRules(host) : undefined);
}

/** The popup asks the tab directly. */
export async function loadArticle(tabId: number): Promise<ExtractResult> {
  const snap = await sendMessage('getPageSnapshot', undefined, toTab(tabId));
  return extractWithUserRules(snap.html, snap.url);
}
