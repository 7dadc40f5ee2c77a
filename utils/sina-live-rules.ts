/** Sina's LiveRules for the always-on script (entrypoints/sina.content.ts): its own detection and junk lists. */
import { looksLikeArticleUrl } from './article-url';
import { detectPage, isArticle, type PageDetection } from './detect';
import type { TemplateId } from './model';
import { buildHideCss, cleanLive, type LiveRules } from './live-clean';
import { LIVE_HIDE } from './sites/sina-live';

export const SINA_LIVE_RULES: LiveRules<PageDetection> = {
  css: () => buildHideCss(LIVE_HIDE),
  guess: looksLikeArticleUrl,
  detect: detectPage,
  article: isArticle,
  // Only ever called on an article (lib/page/live-cleaner.ts asks `article` first); a page without a template's root is left alone.
  clean: (doc, d) => cleanLive(doc, (d as { template?: TemplateId }).template),
};
