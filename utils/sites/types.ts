/**
 * Shapes of the site rule data: one `SiteRule` per site (./sina.ts), listed by ./index.ts.
 * Pure data: strings and regular expressions, so the always-on content script can import the
 * parts it needs without pulling extraction code.
 */
import type { TemplateId } from '../model';

/** A Sina page template (Readability is not a template). */
export type SinaTemplateId = Exclude<TemplateId, 'readability'>;

export interface TemplateRule {
  id: SinaTemplateId;
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
export interface SiteRule {
  id: 'sina';
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
  junk: readonly JunkRule[];
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
