/**
 * Shapes of the site rule data (see ./sina.ts). Pure data: strings and regular expressions,
 * so the always-on content script can import it without pulling extraction code.
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
  /** Visible date candidates (Beijing time). */
  date: readonly string[];
  /** Source media (来源) candidates, read as text. */
  source: readonly string[];
  /** Byline candidates, read as text; a leading `作者：` is stripped. */
  author: readonly string[];
  /** Breadcrumb links (first one names the channel). */
  breadcrumb: readonly string[];
}

/** A URL pattern a Sina page is known not to be an article by, with the reason shown to users. */
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
