/**
 * Every page of ../shared/corpus/sites against its expected file (tests/fixtures/sites/<page>.json,
 * read from the page by hand): site, template, title without the site's suffix, the visible time
 * in Beijing time, source, author, editor kept as metadata and out of the body, the body from the
 * first article paragraph to the last, and none of the page's junk. On linkedom (the command line)
 * and jsdom (a spec parser standing in for the browser; happy-dom finds no element of the hexun and
 * stcn pages by their selectors, so it is not asked).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { REPORTER_LINE } from '../../utils/sites/cjk-news';
import { OTHER_SITES } from '../../utils/sites/others';
import { readSitePage, sitePageExpects, sitePageNames } from '../support/site-pages';
import { describeCorpus } from '../support/corpus';
import { htmlText, parse, squash } from './helpers/corpus';

describeCorpus('pages of other sites: what the site rules read', () => {
  const cases = sitePageExpects();

  it('one expected file per saved page', () => {
    expect(cases.map(([n]) => `${n}.html`)).toEqual(sitePageNames());
  });

  describe.each(cases)('%s', (name, exp) => {
    const page = readSitePage(`${name}.html`);

    it.each(['linkedom', 'jsdom'] as const)('metadata and body (%s)', (kind) => {
      const r = extractArticle(parse(page, kind), {});
      if (!r.ok) throw new Error(`${name}: ${r.reason} ${r.message}`);
      const a = r.article;
      expect(a.template).toBe(exp.template);
      expect(a.template.startsWith(`${exp.site}-`)).toBe(true);
      expect(a.siteName).toBe(exp.siteName);
      expect(OTHER_SITES.some((s) => s.id === exp.site)).toBe(true);
      expect(a.title).toBe(exp.title);
      expect(a.published === undefined ? null : Date.parse(a.published), 'published').toBe(exp.time === null ? null : Date.parse(exp.time));
      expect(a.source ?? null, 'source').toBe(exp.source);
      expect(a.author ?? null, 'author').toBe(exp.author);
      expect(a.editor ?? null, 'editor').toBe(exp.editor);
      const body = squash(htmlText(a.html));
      // the first paragraph opens the body (an image caption may come before it) and the last ends it
      expect(body.indexOf(squash(exp.first)), 'first paragraph').toBeGreaterThanOrEqual(0);
      expect(body.indexOf(squash(exp.first)), 'first paragraph').toBeLessThan(20);
      expect(body.endsWith(squash(exp.last)), `ends with: ${exp.last}`).toBe(true);
      for (const j of exp.junk) expect(body, 'junk').not.toContain(squash(j));
      expect(a.html).not.toMatch(/<(script|style|iframe)\b/i);
    });

    it('every junk string is on the page (the check above can fail)', () => {
      const text = squash(parse(page, 'linkedom').body?.textContent);
      for (const j of exp.junk) expect(text, j).toContain(squash(j));
    });
  });
});

describeCorpus('a page of a multi-page article', () => {
  // sites/gne-people-1 is page 1 of 4; the corpus has none of the others, so only page 1 is read,
  // and its pager (div.zdfy, links to …-2.html … -4.html) is found and kept out of the body
  it.each(['linkedom', 'jsdom'] as const)('人民网: the pager is found and none of its links is left in the body (%s)', (kind) => {
    const r = extractArticle(parse(readSitePage('gne-people-1.html'), kind), {});
    if (!r.ok) throw new Error(r.message);
    expect(r.report.matched['.zdfy']).toBe(1);
    expect(r.article.html).not.toMatch(/31153719-\d\.html|【\d】/);
  });
});

describe('a reporter byline is a whole line, never a sentence', () => {
  it('reads the names of the line and nothing of a sentence that mentions a reporter', () => {
    expect(REPORTER_LINE.exec('扬子晚报记者 张楠')?.groups?.author).toBe('张楠');
    expect(REPORTER_LINE.exec('澎湃新闻记者 段彦超 廖艳')?.groups?.author).toBe('段彦超 廖艳');
    expect(REPORTER_LINE.test('扬子晚报记者采访了原作者的家人。')).toBe(false);
    expect(REPORTER_LINE.test('本文图片除特别标注外，均为澎湃新闻记者段彦超 图')).toBe(false);
  });
});
