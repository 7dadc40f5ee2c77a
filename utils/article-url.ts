/**
 * A cheap guess, from the URL alone, whether a Sina page is an article — made at document_start,
 * before there is any DOM to ask `detectPage`. A right guess hides the junk before first paint;
 * a wrong one is corrected at DOMContentLoaded (everything added is taken away again).
 * The pattern is the site rules' (`ARTICLE_URL`: doc-<id>.shtml, detail-<id>.d.html).
 */
import { ARTICLE_URL } from '@/utils/sites/sina';
import { isSinaUrl, parseUrl } from '@/utils/url';

export function looksLikeArticleUrl(url: string): boolean {
  return isSinaUrl(url) && ARTICLE_URL.test(parseUrl(url)?.pathname ?? '');
}
