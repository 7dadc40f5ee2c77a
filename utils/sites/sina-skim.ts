/**
 * What the command line need not build when it reads a saved Sina page (cli/skim-page.ts): whole
 * page furniture that never holds the article or its metadata. A Sina page has ~1,200 elements
 * and the article 5–200 of them; building the rest in linkedom was two thirds of a convert.
 * Skipping is an optimisation only: the command line falls back to the whole page whenever the
 * skimmed one yields no Sina article, and tests/cli/skim-page.test.ts checks that every corpus
 * page gives the same result both ways.
 *
 * Simple selectors only (`tag`, `#id`, `.class`, `tag#id.class`): they are matched on open tags
 * while streaming, before any DOM exists. Nothing inside an article root (TEMPLATES[].root) is
 * ever skipped, so the rule report's counts of dropped scripts and styles stay the same.
 */
import { TEMPLATES } from './sina-templates';

/** Never cut inside these: every template's article root. */
export const SKIM_KEEP: readonly string[] = [...new Set(TEMPLATES.flatMap((t) => t.root))];

export const SKIM_SKIP: readonly string[] = [
  'script', // 60–100 per page, inline and src (every page in pages/)
  'style', // inline CSS (every page in pages/)
  'noscript', // tracking pixels (pages/gne-finance-roll-*)
  'iframe', // ad frames (pages/magichtml-news-o-2024-*)
  'svg', // inline icons; in no saved page (SINA.notInPages in ./sina.ts)
  '#sina-header', // top navigation bar, ~170 elements (pages/gne-finance-roll-*, gne-news-*)
  '.sina15-top-bar-wrap', // 2016 top bar, ~85 elements (pages/magichtml-finance-forex-2016-*)
  '#PublicRelation5', // 2016 ad block under the article, ~150 elements (pages/magichtml-finance-forex-2016-*)
  '.outlogin_layerbox_bylx', // login pop-up layer (pages/gne-tech-old-artibodyTitle-*)
  '.article-content-right', // right column: hot lists, ads, QR codes, ~600 elements (pages/gne-*)
  '#bottom_sina_comment', // comment box under finance articles (pages/gne-finance-*)
  '#wrap_bottom_omment', // comment box under news articles (sic; pages/gne-news-*)
  '#SI_FormList1', // 2014–2017 comment box, ~290 elements (pages/gne-tech-old-artibodyTitle-*)
  '#tab_related', // 2014–2017 related-news tabs, ~1,000 elements (pages/gne-tech-old-artibodyTitle-*)
  '#most_read', // "most read" list (pages/gne-finance-*)
  '#wx-tg-cont', // WeChat promo block (pages/gne-finance-usstock-*)
];
