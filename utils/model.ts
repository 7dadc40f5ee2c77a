/**
 * The article model every part of the product shares: the site rules and the Readability
 * fallback produce it; the exports, the reader view, the popup and the command line consume it.
 * Pure data: serialisable with JSON (it crosses extension messages).
 */
import type { SiteTemplateId } from './sites/ids';

/** Which extractor produced an article. Sina templates are named after their era and host. */
export type TemplateId =
  | 'sina-desktop' // 2018+ desktop: h1.main-title, .date-source, div#artibody (finance, tech, …)
  | 'sina-news' // news.sina.com.cn: h1.main-title, div#article, p.show_author
  | 'sina-legacy' // 2014–2017: h1#artibodyTitle, .time-source / #pub_date, div#artibody
  | 'sina-mobile' // *.sina.cn *.d.html: article.art_box, .art_content, p.art_p
  | SiteTemplateId // another site's page template, `<site>-<shape>` (utils/sites/<site>.ts)
  | 'readability'; // any other page, through @mozilla/readability

export interface Article {
  /** Headline as plain text (never HTML), without the `_新浪财经_新浪网` suffix. */
  title: string;
  /** Canonical absolute URL of the article ('' when unknown). */
  url: string;
  /** Sina document id, e.g. `imizirav5391234` from `doc-imizirav5391234.shtml`. */
  docId?: string;
  /** Published instant as ISO 8601 in UTC, e.g. `2022-07-25T14:31:46.000Z`. */
  published?: string;
  /**
   * A later time the page's `article:published_time` meta gives when it disagrees with the
   * visible time (which is `published`), ISO 8601 UTC (utils/published-time.ts).
   */
  updated?: string;
  /** Source media (来源), plain text. */
  source?: string;
  /** Byline / author when the page names one, plain text. */
  author?: string;
  /** 责任编辑, plain text, the name only: `王蒙`; `梁斌 SF055` gives `梁斌` (utils/fragment-editor.ts). */
  editor?: string;
  /** The `原标题：` line's title, plain text. */
  originalTitle?: string;
  /** Channel categories, most general first, e.g. `['新浪财经－国內']` (the name the archive uses). */
  categories: string[];
  /** Keywords and stock tickers, deduplicated, in page order, e.g. `['新能源', 'sz300832']`. */
  tags: string[];
  /** Lead image: the first picture of the article (never a QR/promo image), absolute URL. */
  leadImage?: string;
  /** The cleaned, sanitized article body as HTML (no wrapper element). */
  html: string;
  /** Which extractor produced it. */
  template: TemplateId;
  /** Site name for display, e.g. `新浪财经`. */
  siteName?: string;
  /** Language of the page (`zh-CN` for Sina). */
  lang?: string;
}

/** What applying a site rule did; tests assert it exactly and the popup shows it. */
export interface RuleReport {
  template: TemplateId;
  /** Selector (as written in the rule) → number of nodes it matched. Optional selectors with 0 included. */
  matched: Record<string, number>;
  /** Nodes removed from the article clone (junk blocks, scripts, comments, quote spans …). */
  removed: number;
  /** Junk blocks hidden on the live page by the rule stylesheet (0 when not applied to a live page). */
  hidden: number;
}

export type ExtractFailure =
  | 'not-article' // a Sina page that is not an article (home, list, quotes, video, 7x24 …)
  | 'no-content' // a page where no article could be found (also the Readability fallback failing)
  | 'unsupported'; // e.g. a 2004-era Sina page no rule knows, with fallback disabled

export type ExtractResult =
  | { ok: true; article: Article; report: RuleReport }
  | { ok: false; reason: ExtractFailure; message: string; template?: TemplateId };
