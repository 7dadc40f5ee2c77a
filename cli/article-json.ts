/** `--json`: the article model with every documented key present (null when unknown), in a fixed order. */
import type { Article } from '../utils/model';

export function articleJson(article: Article): string {
  const model = {
    title: article.title,
    url: article.url || null,
    docId: article.docId ?? null,
    published: article.published ?? null,
    updated: article.updated ?? null,
    source: article.source ?? null,
    author: article.author ?? null,
    editor: article.editor ?? null,
    originalTitle: article.originalTitle ?? null,
    categories: article.categories,
    tags: article.tags,
    leadImage: article.leadImage ?? null,
    template: article.template,
    siteName: article.siteName ?? null,
    lang: article.lang ?? null,
    html: article.html,
  };
  return `${JSON.stringify(model, null, 2)}\n`;
}
