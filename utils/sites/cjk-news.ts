/**
 * Credit lines of Chinese news pages in general (not Sina's templates), for the Readability
 * fallback (utils/fallback-credits.ts). What Sina's rules already know is reused from there, not
 * copied here: the `来源：` line is read with readCredits (utils/fragment-credits.ts), visible dates
 * with parseSinaDate (utils/dates.ts). One pattern per line, each with what it is and where it
 * was seen (e2e/ = tests/e2e/fixtures, fixtures/ = tests/fixtures, pages/ = ../shared/corpus/pages).
 */

/**
 * Job words before the name in a byline; the first that matches is cut (once). The name that
 * remains may be several names ("张三 李四", "张三、李四"): they are left as the page wrote them.
 */
export const BYLINE_ROLE_PREFIX: readonly RegExp[] = [
  /^(?:本报|本刊)?(?:特约)?记者\s*[：:]?\s*/, // "记者 周启航" (e2e/other-news-article.html .byline), "本报记者 张三 李四" (fixtures/fallback-cjk/byline-editor.html)
  /^作者\s*[：:|丨｜]?\s*/, // "作者：新京报" (pages/magichtml-news-o-*; page-meta.ts cuts it for Sina), "作者：林晓" (byline forms in tests/export/fallback-credits.test.ts)
  /^文\s*[/／|丨｜]\s*/, // "文/林晓", "文｜林晓" (byline forms in tests/export/fallback-credits.test.ts)
  /^撰文\s*[：:|丨｜]?\s*/, // "撰文：林晓", "撰文 林晓" (byline forms in tests/export/fallback-credits.test.ts)
  /^编辑\s*[：:|丨｜]\s*/, // "编辑：林晓" as the only byline (byline forms in tests/export/fallback-credits.test.ts); 责任编辑 is EDITOR_LINE
];

/** "记者 张三 李四 报道": the verb after the names (byline forms in tests/export/fallback-credits.test.ts). */
export const BYLINE_TRAILER = /\s*(?:报道|报导)\s*$/;

/**
 * A whole line that is the article's editor, name in group 1: "责任编辑：沈若琳"
 * (e2e/other-news-article.html p.editor-note, dropped by Readability), "责任编辑：刘德宾 " (pages/
 * magichtml-news-c-*, kept by Readability at the end of the body), "（责任编辑：王五）" in brackets
 * (fixtures/fallback-cjk/byline-editor.html). The same prefix Sina's p.article-editor carries
 * (utils/clean-fragment.ts takeEditor). A name is short: a longer "line" is prose.
 */
export const EDITOR_LINE_TEXT = /^[（(【[]?\s*责任编辑\s*[：:]\s*([^（）()【】[\]：:]{1,24}?)\s*[）)】\]]?$/;

/**
 * The leading byline line Readability leaves at the top of the body ("来源：东岸财经 2024年03月20日
 * 09:35", e2e/other-news-article.html div.meta) is short; a real paragraph is longer.
 */
export const BYLINE_LINE_MAX_CHARS = 60;

/** A token of a byline line made only of date and time characters: "2024年03月20日", "09:35", "2024-03-20". */
export const DATE_TOKEN = /^[\d年月日:：\-/.]*\d[\d年月日:：\-/.]*$/;

/** Sentence punctuation: a line that has it is prose, never a byline line (fixtures/fallback-cjk/source-in-paragraph.html). */
export const PROSE_PUNCT = /[。！？；]/;

/**
 * How far the line's date may be from the page's published time and still "match": a visible
 * time carries no zone (read as Beijing), a non-`.cn` host's zoneless meta is read as UTC.
 */
export const DATE_MATCH_MS = 24 * 3600_000;

/**
 * An editor line read from the page must share a container with the article within this many
 * levels (e2e/other-news-article.html: p.editor-note and div#article-body in article#article, 1
 * level; pages/magichtml-finance-forex-2016-*: p.article-editor just after div#artibody) …
 */
export const EDITOR_NEAR_LEVELS = 4;

/** … and follow the article's last paragraph with at most this much text between (squashed characters). */
export const EDITOR_GAP_CHARS = 200;

/**
 * A whole paragraph that is only a paper's reporter byline: the paper, 记者, then the names as
 * written ("扬子晚报记者 张楠" closing sites/gne-qq-qq, "澎湃新闻记者 段彦超 廖艳" opening
 * sites/gne-ifeng-1). The space after 记者 is required so a sentence ("扬子晚报记者采访了…") never reads as one.
 */
export const REPORTER_LINE = /^[\u4e00-\u9fa5]{2,8}?(?:特约)?记者\s+(?<author>[\u4e00-\u9fa5·]{2,5}(?:[\s、][\u4e00-\u9fa5·]{2,5}){0,3})$/;
