// @vitest-environment jsdom
/**
 * The allowlist serializer keeps what the old door kept: on every corpus page with an article
 * (../shared/corpus/pages and sites) and every corpus post body, DOMPurify with the project's old
 * configuration (utils/sanitize.ts, now the reader's second lock) leaves the serializer's output
 * byte for byte as it is — no element, attribute or text of it would have been written otherwise.
 * (Generated outputs of main's CLI over the same corpus were byte-identical, listed in the commit.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { pageText } from '../../cli/convert-page';
import { extractArticle } from '../../utils/extract';
import { splitFrontMatter } from '../../utils/images';
import { createSanitizer } from '../../utils/sanitize';
import { serializeHtml } from '../../utils/serialize-html';
import { CORPUS, parse, POSTS } from '../core/helpers/corpus';
import { describeCorpus } from '../support/corpus';
import { bodyOf } from './safe-html';

const purify = createSanitizer(window as unknown as Window & typeof globalThis);
const htmlFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f)) : []);

describeCorpus('serializer output is what DOMPurify would keep', () => {
  it('on every corpus page with an article', () => {
    let articles = 0;
    for (const file of [...htmlFiles(path.join(CORPUS, 'pages')), ...htmlFiles(path.join(CORPUS, 'sites'))]) {
      const r = extractArticle(parse(pageText(fs.readFileSync(file)), 'linkedom'), {}); // decoded as the CLI does (GB2312 pages)
      if (!r.ok) continue;
      articles++;
      expect(purify(r.article.html), path.basename(file)).toBe(r.article.html);
    }
    expect(articles).toBeGreaterThan(20);
  });

  it('on every corpus post body', () => {
    const posts = fs.readdirSync(POSTS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
    for (const f of posts) {
      const out = serializeHtml(bodyOf(splitFrontMatter(fs.readFileSync(path.join(POSTS, f), 'utf8')).body, 'linkedom'));
      expect(purify(out), f).toBe(out);
    }
    expect(posts.length).toBeGreaterThan(40);
  });
});
