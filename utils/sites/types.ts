/**
 * Shapes of the site rule data: one `SiteRule` per site (./sina.ts, ./<site>.ts), listed by ./index.ts.
 * Pure data: strings and regular expressions, so the always-on content script can import the
 * parts it needs without pulling extraction code.
 */
import type { TemplateId } from '../model';
import type { OtherSiteId } from './ids';

export type { OtherSiteId, SiteId } from './ids';

/** A page template of a site rule (Readability is not a template). */
export type RuleTemplateId = Exclude<TemplateId, 'readability'>;

export interface TemplateRule {
  id: RuleTemplateId;
  /** Every selector must match the page for the template to apply (checked in order of rules). */
  detect: readonly string[];
  /** Article root candidates, first match wins (REQUIRED: no root → no article). */
  root: readonly string[];
  /** Headline candidates, read as text (REQUIRED). */
  title: readonly string[];
  /** Visible date candidates (in the site's time zone). */
  date: readonly string[];
  /** Source media (来源) candidates, read as text. */
  source: readonly string[];
  /** Byline candidates, read as text; a leading `作者：` is stripped. */
  author: readonly string[];
  /** Breadcrumb links (first one names the channel). */
  breadcrumb: readonly string[];
  /** `<meta>` names/properties holding the published time, first present wins (other sites; Sina's are in utils/page-meta.ts). */
  dateMeta?: readonly string[];
}

/** A URL pattern a site's page is known not to be an article by, with the reason shown to users. */
export interface NotArticleUrl {
  pattern: RegExp;
  reason: string;
}

/** Finance/news channel path → category name as the archive writes it. */
export interface ChannelCategory {
  host: RegExp;
  /** Path prefix, e.g. `/china/`; longest prefixes are listed first. */
  path: string;
  name: string;
}

/**
 * Where a junk selector applies: `drop` from the article clone (export, reader view), `hide` on
 * the live page by CSS (utils/live-clean.ts), `remove` from the live page's article root.
 */
export type JunkWhere = 'drop' | 'hide' | 'remove';

/** One row of a site's junk table; the drop/hide/remove lists are derived from the table. */
export interface JunkRule {
  selector: string;
  where: readonly JunkWhere[];
  /** What it is, and where it was seen: `pages/…` (../shared/corpus/pages), `posts/…`, `tests/fixtures/…`. */
  seen: string;
}

/** The site's name for display, by host (first match wins), and the name for any other host of it. */
export interface SiteNames {
  byHost: readonly { host: RegExp; name: string }[];
  fallback: string;
}

/** One site as data. Everything that knows a host (manifest, menus, options page) derives from it. */
interface SiteBase {
  names: SiteNames;
  /** Registrable domains; every subdomain is the site's too (`*://*.<domain>/*`). */
  hosts: readonly string[];
  /** Hosts the options page lists from the start (those whose templates the rules know). */
  listedHosts: readonly string[];
  /** Article URL path, doc id in group 1. */
  articleUrl: RegExp;
  /** The same shapes as path globs for match patterns (context menu on links). */
  articleLinks: readonly string[];
  /** Older article paths no template knows: the fallback may try them. */
  legacyArticleUrl?: RegExp;
  /** Pages that are never articles, checked before the DOM. */
  notArticleUrls: readonly NotArticleUrl[];
  /** Page templates, most specific first. */
  templates: readonly TemplateRule[];
  /** Editor (责任编辑) lines, kept as metadata; the same in every template. */
  editor: readonly string[];
  channels: readonly ChannelCategory[];
  /** UTC offset of the times the pages show without a zone. */
  timeZone: string;
  /**
   * Selectors of the site's data files that no saved page of ../shared/corpus/pages has, each with
   * where it was seen instead and why it is kept (tests/core/site-registry.test.ts holds the rest
   * to matching a real page).
   */
  notInPages: Readonly<Record<string, string>>;
}

/**
 * Sina: the only site with live rules (the junk table's `hide`/`remove` rows, written to
 * ./sina-live.ts for the always-on content script). Its reading rules beyond the templates are in
 * its own data files (./sina.ts, ./sina-junk.ts), read by utils/extract.ts.
 */
export interface SinaRule extends SiteBase {
  id: 'sina';
  live: true;
  junk: readonly JunkRule[];
}

/**
 * Another site, read by the generic engine (utils/detect-sites.ts, utils/extract-site.ts). `live:
 * false` because no always-on content script runs there: its `hide`/`remove` rows (written to
 * ./others-live.ts) are applied only by the run-time script registered once the user grants the
 * site's hosts. It lists no host on the options page and no article links for the context menu.
 */
export interface OtherSiteRule extends SiteBase {
  id: OtherSiteId;
  live: false;
  junk: readonly JunkRule[];
  listedHosts: readonly [];
  articleLinks: readonly [];
  /** What ends the site's titles (`_网易财经`, `-和讯网`): cut from the headline, `og:title` and `<title>`. */
  titleSuffix: RegExp;
  /**
   * Evidence that a page saved without its address is this site's, beside a full template match:
   * its `<title>` ends with `titleSuffix`, or one of these `<meta>`/`<link>` selectors matches (only
   * the head's meta and link elements: the command line's first pass keeps all of them).
   */
  savedMarkers: readonly string[];
  /** The editor line's text → the name in group 1 (`责任编辑：杨倩_NF4425` → `杨倩`). */
  editorName: RegExp;
  /** Whole paragraphs that are promos, dropped by their text (`点击进入“文艺星青年”>>`): a selector cannot say them. */
  junkLines: readonly RegExp[];
  /** Paragraph texts that end the article: the first body block matching one, and all after it, go. */
  bodyEnd: readonly RegExp[];
  /**
   * Byline shapes the shared job-word list (./cjk-news.ts) does not know, first match wins: the
   * name in group `author`, a source named with it in group `source` (`石佳/中国青年报`).
   */
  bylines?: readonly RegExp[];
  /**
   * Bylines the site prints as a line of the article's text, not in the header, first match wins:
   * the first body paragraph whose text matches one names the author in group `author`, read only
   * when the header names none. The line stays in the body: it is article text as printed.
   */
  bodyBylines?: readonly RegExp[];
  /**
   * Staff credit lines of the body (编辑, 校对 …), each a whole line (a paragraph's only text or a
   * text between <br>s): they leave the body, and the one `editorName` reads gives the editor.
   */
  creditLines?: readonly RegExp[];
  /** A visible time the shared date parser cannot read, with named groups y, m, d, h, mi (all Beijing time). */
  visibleDate?: RegExp;
}

export type SiteRule = SinaRule | OtherSiteRule;

/**
 * What the run-time script of granted sites needs of another site's rule (./others-live.ts,
 * written by ./live-module.ts): hosts, URL shapes, the templates' detect and root selectors, and
 * the live junk rows.
 */
export interface LiveSite {
  hosts: readonly string[];
  articleUrl: RegExp;
  notArticleUrls: readonly NotArticleUrl[];
  templates: readonly { detect: readonly string[]; root: readonly string[] }[];
  /** Hidden on the live page under html[data-sfc-clean]. */
  hide: readonly string[];
  /** Removed from the live page inside the article root. */
  remove: readonly string[];
}
