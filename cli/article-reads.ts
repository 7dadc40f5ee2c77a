/**
 * What Sina extraction (utils/extract.ts and the modules it calls) reads of a page outside the
 * article clone, as selectors: the command line's first pass (cli/article-pass.ts) keeps the
 * elements these can match, with everything under them, and drops the rest of the page before
 * any DOM is built. Taken from the site rules (utils/sites/), plus the few structural reads the
 * extraction code makes itself. tests/cli/article-pass.test.ts watches every selector extraction
 * runs on corpus pages and fails when one is not covered here.
 */
import { OTHER_SITES } from '../utils/sites/others';
import { EDITOR_LINE } from '../utils/sites/sina-junk';
import { SINA_PAGE_MARKERS, TEMPLATES } from '../utils/sites/sina';

/** Sina's templates and every other site's (utils/detect-sites.ts, utils/extract-site.ts read them alike). */
const ALL_TEMPLATES = [...TEMPLATES, ...OTHER_SITES.flatMap((s) => s.templates)];

/** The article roots of every template: a page without one has no article for the rules. */
export const ARTICLE_ROOTS: readonly string[] = [...new Set(ALL_TEMPLATES.flatMap((t) => t.root))];

export const READ_OUTSIDE_ROOT: readonly string[] = [
  ...new Set([
    ...ALL_TEMPLATES.flatMap((t) => [...t.detect, ...t.root, ...t.title, ...t.date, ...t.source, ...t.author, ...t.breadcrumb]),
    ...EDITOR_LINE, // the editor line after the root (utils/extract.ts editorOutsideRoot)
    ...OTHER_SITES.flatMap((s) => [...s.editor, ...s.savedMarkers]), // editor lines outside the root, saved-page marks (utils/extract-site.ts, utils/detect-sites.ts)
    SINA_PAGE_MARKERS.icon, // favicon of a saved Sina page (utils/sina-page.ts)
    'title', // utils/page-meta.ts titleFromTitleTag, utils/sina-page.ts looksLikeSina
    'meta', // every meta the page declares (utils/page-meta.ts meta(), og:url in utils/detect.ts)
    'link', // rel=canonical (utils/detect.ts declaredUrl)
    'h1[docid]', // legacy doc id (utils/extract.ts legacyDocId)
    '#keywords[data-wbkey]', // keywords (utils/page-meta.ts readKeywords)
  ]),
];
