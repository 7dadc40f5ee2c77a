/**
 * Article extraction for the other sites (utils/sites/others.ts), from their data alone: clone the
 * template's article root, take the editor line out as metadata, cut the body at the site's end
 * markers, clean the clone as Sina's is cleaned (utils/clean-fragment.ts, with the site's junk),
 * and read title, time, source, author and channel from the page (read-only).
 */
import { cleanFragment } from './clean-fragment';
import { drop, firstMatch, firstTextOf, headOf, normText, preorder, TEXT_NODE } from './dom';
import { cleanByline } from './fallback-credits';
import type { Article, ExtractResult } from './model';
import type { PageMeta } from './page-meta';
import { publishedTime } from './published-time';
import { serializeHtml } from './serialize-html';
import { bodyByline, takeCreditLines } from './site-body-lines';
import { siteName } from './sites';
import { junkFor } from './sites/sina-junk';
import type { OtherSiteRule, TemplateRule } from './sites/types';
import { parseUrl } from './url';

/** A visible date with a time of day at the start of a credit line: cut before reading the source. */
const LEADING_DATE = /^\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*(\d{1,2}[:：]\d{2}([:：]\d{2})?)?/;
/** The label before a source: `来源：`, `本文来源：` (netease's closing line). */
const SOURCE_LABEL = /^(?:本文)?来源\s*[：:]\s*/;
/** Credits that may follow the source on one line: `来源：证券时报网作者：李在山` (stcn). */
const AFTER_SOURCE = /\s*(?:作者|记者|编辑|责任编辑)\s*[：:].*$/;
/** A block this short holding the editor's label is the editor line, not prose. */
const EDITOR_LINE_MAX = 40;
const EDITOR_WORD = /责任编辑|责编/;
/** A byline candidate that is really the date/source line (thepaper's header when it names no author). */
const NOT_A_BYLINE = /\d{4}\s*[-年]\s*\d{1,2}|来源\s*[：:]/;

function meta(doc: Document, key: string): string | undefined {
  const el = headOf(doc).querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

/**
 * The editor lines inside the article (taken out), else the editor of its credit lines
 * (`inBody`), or failing both, the editor line on the page (only read).
 */
function takeEditor(clone: Element, doc: Document, site: OtherSiteRule, matched: Record<string, number>, inBody?: string): string | undefined {
  let name: string | undefined;
  const nameOf = (el: Element): string | undefined => site.editorName.exec(normText(el.textContent))?.[1]?.trim() || undefined;
  for (const sel of site.editor) {
    const els = [...clone.querySelectorAll(sel)];
    matched[sel] = els.length;
    for (const el of els) {
      name ??= nameOf(el);
      drop(el);
    }
  }
  // an editor line no selector marks: a short block that is only the line (sites/gne-hexun-1's bare <div>)
  for (const el of [...clone.querySelectorAll('p, div')]) {
    const t = normText(el.textContent);
    if (t.length > EDITOR_LINE_MAX || !EDITOR_WORD.test(t) || !site.editorName.test(t)) continue;
    name ??= nameOf(el);
    drop(el);
  }
  name ??= inBody;
  if (name) return name;
  const outside = firstMatch(doc, site.editor);
  return outside ? nameOf(outside) : undefined;
}

/** Whole paragraphs that are promos by their text (OtherSiteRule.junkLines). */
function dropJunkLines(clone: Element, lines: readonly RegExp[]): number {
  if (!lines.length) return 0;
  let n = 0;
  for (const p of [...clone.querySelectorAll('p')]) if (lines.some((re) => re.test(normText(p.textContent)))) n += drop(p);
  return n;
}

/**
 * The first text whose line is an end marker goes, with everything after it in the article: a
 * line of a body written as text and <br> (sites/gne-thepaper-2) or a whole paragraph.
 */
function cutAtEnd(clone: Element, ends: readonly RegExp[]): number {
  if (!ends.length) return 0;
  let mark: Node | undefined;
  for (const n of preorder(clone)) {
    if (n.nodeType === TEXT_NODE && ends.some((re) => re.test(normText(n.textContent)))) {
      mark = n;
      break;
    }
  }
  if (!mark) return 0;
  let n = 0;
  for (let node: Node = mark; node !== clone && node.parentNode; node = node.parentNode) {
    while (node.nextSibling) n += drop(node.nextSibling);
  }
  return n + drop(mark);
}

function cutSuffix(title: string, site: OtherSiteRule): string {
  return title.replace(site.titleSuffix, '').trim() || title;
}

/** A credit line's source, or undefined when it holds only a date (sites/gne-xinhuanet-1's first span). */
function readSource(text: string): string | undefined {
  const t = text.replace(LEADING_DATE, '').trim().replace(SOURCE_LABEL, '').replace(AFTER_SOURCE, '').trim();
  return t || undefined;
}

/** The visible time: in the site's own shape when it has one (`201909/0719:02`), else as the shared parser reads it. */
function visibleTime(text: string, site: OtherSiteRule): string {
  const g = site.visibleDate?.exec(text)?.groups;
  return g ? `${g.y}-${g.m}-${g.d} ${g.h}:${g.mi}` : text;
}

function readKeywords(doc: Document, title: string): string[] {
  const words = (meta(doc, 'keywords') ?? '').split(/[,，\s]+/).map((w) => normText(w));
  return [...new Set(words.filter((w) => w && w.length <= 16 && w !== title))];
}

function readMeta(doc: Document, site: OtherSiteRule, rule: TemplateRule, url: string): PageMeta {
  const all = [...rule.title, ...rule.date, ...rule.source, ...rule.author, ...rule.breadcrumb];
  const found = [...doc.querySelectorAll(all.join(', '))];
  const rawTitle = firstTextOf(found, rule.title) || normText(meta(doc, 'og:title')) || normText(doc.querySelector('title')?.textContent);
  const title = cutSuffix(rawTitle, site);
  const out: PageMeta = { title, categories: [], keywords: readKeywords(doc, title) };
  const metaTime = (rule.dateMeta ?? []).map((k) => meta(doc, k)).find(Boolean);
  Object.assign(out, publishedTime({ meta: metaTime, visible: visibleTime(firstTextOf(found, rule.date), site) }));
  const source = rule.source.flatMap((sel) => found.filter((el) => el.matches(sel))).map((el) => readSource(normText(el.textContent))).find(Boolean);
  if (source) out.source = source;
  const byline = rule.author
    .flatMap((sel) => found.filter((el) => el.matches(sel)))
    .map((el) => normText(el.textContent))
    .find((t) => /\p{L}/u.test(t) && !NOT_A_BYLINE.test(t));
  const shape = byline ? site.bylines?.map((re) => re.exec(byline)?.groups).find(Boolean) : undefined;
  const author = shape?.author ?? (byline ? cleanByline(byline) : '');
  if (author) out.author = author.trim();
  if (shape?.source && !out.source) out.source = shape.source.trim();
  const u = parseUrl(url);
  const channel = u ? site.channels.find((c) => c.host.test(u.hostname) && u.pathname.startsWith(c.path))?.name : undefined;
  const crumb = channel ?? firstTextOf(found, rule.breadcrumb);
  if (crumb) out.categories = [crumb];
  return out;
}

export function extractSiteArticle(doc: Document, site: OtherSiteRule, rule: TemplateRule, url: string): ExtractResult {
  const root = firstMatch(doc, rule.root);
  if (!root) return { ok: false, reason: 'no-content', message: 'Article body not found', template: rule.id };
  const clone = root.cloneNode(true) as Element;
  const matched: Record<string, number> = {};
  const credits = takeCreditLines(clone, site);
  const editor = takeEditor(clone, doc, site, matched, credits.editor);
  const cut = credits.removed + cutAtEnd(clone, site.bodyEnd) + dropJunkLines(clone, site.junkLines);
  const frag = cleanFragment(clone, url, junkFor(site.junk, 'drop'));
  if (!normText(clone.textContent) && !clone.querySelector('img')) {
    return { ok: false, reason: 'no-content', message: 'Article body is empty', template: rule.id };
  }
  const page = readMeta(doc, site, rule, url);
  const host = parseUrl(url)?.hostname ?? '';
  const a: Article = {
    title: page.title,
    url,
    categories: page.categories,
    tags: [...new Set([...page.keywords, ...frag.tags])],
    html: serializeHtml(clone),
    template: rule.id,
    siteName: siteName(site, host),
    lang: doc.documentElement?.getAttribute('lang') || 'zh-CN',
  };
  const docId = site.articleUrl.exec(parseUrl(url)?.pathname ?? '')?.[1];
  const optional: Partial<Article> = {
    docId, published: page.published, updated: page.updated, source: page.source ?? frag.source, author: page.author ?? bodyByline(clone, site),
    editor: editor ?? frag.editor, originalTitle: frag.originalTitle, leadImage: frag.leadImage,
  };
  Object.assign(a, optional);
  for (const k of Object.keys(a) as (keyof Article)[]) if (a[k] === undefined) delete a[k];
  const rootSel = rule.root.find((s) => root.matches(s)) ?? rule.root[0] ?? '';
  return { ok: true, article: a, report: { template: rule.id, matched: { [rootSel]: 1, ...matched, ...frag.matched }, removed: frag.removed + cut, hidden: 0 } };
}
