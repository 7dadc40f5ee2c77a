/**
 * Rules the user adds: per host, CSS selectors to hide and an optional article root. They are data
 * only (selectors, never script) and live in storage.sync, one item per host (`userRules:<host>`),
 * so the caps below keep every item under 8 KB and all of them under the 100 KB total.
 *
 * Pure: the selector syntax check takes a parse context (any DOM node with `querySelector`), so the
 * same code runs in the background, the options page, the picker and Node tests.
 */
import { syncItemBytes, SYNC_ITEM_QUOTA } from '@/utils/settings';

export interface UserRuleSet {
  /** Lower-case host name, e.g. `finance.sina.com.cn`. */
  host: string;
  /** Selectors hidden on that host (and dropped from its exports). */
  hide: string[];
  /** The article root on that host, when the user chose it. */
  article?: string;
}

export const USER_RULES_KEY_PREFIX = 'userRules:';
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_HIDE_PER_HOST = 40;
/** Hosts with rules; with the settings item this stays far below the 512-item and 100 KB quotas. */
export const MAX_RULE_HOSTS = 50;
/** Share of a page's elements above which a selector is refused as "most of the page". */
export const MAX_MATCH_SHARE = 0.5;

export type RefusalReason =
  | 'empty'
  | 'too-long'
  | 'unsafe-chars'
  | 'invalid'
  | 'universal'
  | 'matches-root'
  | 'matches-article'
  | 'too-broad'
  | 'too-many'
  | 'too-many-hosts'
  | 'bad-host'
  | 'duplicate';

export class UserRuleRefusal extends Error {
  constructor(readonly reason: RefusalReason, readonly selector = '') {
    super(`${reason}${selector ? `: ${selector.slice(0, 80)}` : ''}`);
  }
}

/** Something `querySelector` can be called on, to check selector syntax. */
export interface SelectorParser {
  querySelector(selector: string): unknown;
}

const HOST_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function isValidRuleHost(host: unknown): host is string {
  return typeof host === 'string' && HOST_RE.test(host);
}

export function userRulesKey(host: string): string {
  return USER_RULES_KEY_PREFIX + host;
}

/**
 * Characters that could end the `sel{display:none!important}` rule the live script writes, open a
 * comment or an at-rule, or smuggle any of those through a CSS escape (a backslash) or a control
 * character. Selectors picked from real pages never need them.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_RE = /[{};<@\\\u0000-\u001f\u007f\u2028\u2029]|\/\*|\*\//;
/** `*`, `* *`, `html *`, `body > *`, `:not(x)`: selectors that match (nearly) everything. */
const UNIVERSAL_RE = /^(?:(?:\*|html|body|:root)\s*[>~+]?\s*)*(?:\*|:not\([^)]*\)|\*:not\([^)]*\))$/i;

/** Syntax and safety of one selector, without a page: throws a refusal, returns the trimmed text. */
export function checkSelectorText(raw: unknown, parser: SelectorParser): string {
  if (typeof raw !== 'string' || !raw.trim()) throw new UserRuleRefusal('empty');
  const sel = raw.trim();
  if (sel.length > MAX_SELECTOR_LENGTH) throw new UserRuleRefusal('too-long', sel);
  if (UNSAFE_RE.test(sel)) throw new UserRuleRefusal('unsafe-chars', sel);
  try {
    parser.querySelector(sel);
  } catch {
    throw new UserRuleRefusal('invalid', sel);
  }
  // A selector list is as broad as its broadest part.
  if (sel.split(',').some((part) => UNIVERSAL_RE.test(part.trim()))) throw new UserRuleRefusal('universal', sel);
  return sel;
}

/** Elements a hide rule must never match: the document's skeleton and the article with its ancestors. */
/** Article roots to keep: one element, several (every shipped template's), or none. */
export type KeptRoots = Element | null | undefined | readonly Element[];

export function protectedElements(doc: Document, articleRoots?: KeptRoots): Set<Element> {
  const out = new Set<Element>([doc.documentElement]);
  if (doc.head) out.add(doc.head);
  if (doc.body) out.add(doc.body);
  const roots = Array.isArray(articleRoots) ? articleRoots : articleRoots ? [articleRoots as Element] : [];
  for (const root of roots) for (let el: Element | null = root; el; el = el.parentElement) out.add(el);
  return out;
}

/**
 * What a hide selector matches in a live (or cloned) document: throws when it would hide html, head,
 * body, the article or an ancestor of it, or most of the page. Returns the number matched.
 */
export function checkAgainstDocument(sel: string, doc: Document, articleRoot?: KeptRoots): number {
  let matched: Element[];
  try {
    matched = [...doc.querySelectorAll(sel)];
  } catch {
    throw new UserRuleRefusal('invalid', sel);
  }
  const guarded = protectedElements(doc, articleRoot);
  for (const el of matched) {
    if (el === doc.documentElement || el === doc.head || el === doc.body) throw new UserRuleRefusal('matches-root', sel);
    if (guarded.has(el)) throw new UserRuleRefusal('matches-article', sel);
  }
  const all = doc.getElementsByTagName('*').length;
  if (all > 20 && matched.length > all * MAX_MATCH_SHARE) throw new UserRuleRefusal('too-broad', sel);
  return matched.length;
}

/** An article selector must name one element that is not the skeleton. */
export function checkArticleAgainstDocument(sel: string, doc: Document): Element | null {
  let el: Element | null;
  try {
    el = doc.querySelector(sel);
  } catch {
    throw new UserRuleRefusal('invalid', sel);
  }
  if (el && (el === doc.documentElement || el === doc.head || el === doc.body)) throw new UserRuleRefusal('matches-root', sel);
  return el;
}

/** The hide selectors worth applying on `doc`: those that are valid and spare the protected nodes. */
export function safeHideSelectors(rules: UserRuleSet | undefined, doc: Document, articleRoot?: KeptRoots): string[] {
  if (!rules) return [];
  return rules.hide.filter((sel) => {
    try {
      checkAgainstDocument(sel, doc, articleRoot);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Stylesheet text for a host's hide rules (each checked already; re-checked here, as a last guard).
 * Each selector sits in `:is(...)`, one rule each: an invalid one is dropped by the browser alone,
 * and `:not(html,head,body)` keeps the skeleton visible from the first paint, before the script can
 * see the document and skip a rule that matches it.
 */
export function hideCss(selectors: readonly string[]): string {
  return selectors
    .filter((sel) => typeof sel === 'string' && sel.trim() && !UNSAFE_RE.test(sel))
    .map((sel) => `:is(${sel.trim()}):not(html,head,body){display:none!important}`)
    .join('\n');
}

function safeSelector(raw: unknown, parser: SelectorParser | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const sel = raw.trim();
  if (!sel || sel.length > MAX_SELECTOR_LENGTH || UNSAFE_RE.test(sel)) return undefined;
  if (!parser) return sel;
  try {
    return checkSelectorText(sel, parser);
  } catch {
    return undefined;
  }
}

/**
 * Anything read from storage or a file, made into a rule set or `undefined`; never throws. Bad
 * selectors are dropped, duplicates and the excess over the per-host cap too.
 */
export function normalizeUserRuleSet(raw: unknown, parser?: SelectorParser): UserRuleSet | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const host = typeof r.host === 'string' ? r.host.trim().toLowerCase() : '';
  if (!isValidRuleHost(host)) return undefined;
  const hide: string[] = [];
  for (const s of Array.isArray(r.hide) ? r.hide.slice(0, MAX_HIDE_PER_HOST * 4) : []) {
    const sel = safeSelector(s, parser);
    if (sel && !hide.includes(sel) && hide.length < MAX_HIDE_PER_HOST) hide.push(sel);
  }
  const article = safeSelector(r.article, parser);
  const out: UserRuleSet = { host, hide };
  if (article) out.article = article;
  return fitsItem(out) ? out : { host, hide: hide.slice(0, 10), ...(article ? { article } : {}) };
}

export function isEmptyRuleSet(r: UserRuleSet): boolean {
  return !r.hide.length && !r.article;
}

export function fitsItem(r: UserRuleSet): boolean {
  return syncItemBytes(userRulesKey(r.host), r) <= SYNC_ITEM_QUOTA;
}

/** Adds a hide selector after checking it; throws a refusal. Returns a new set. */
export function addHideRule(current: UserRuleSet | undefined, host: string, raw: string, parser: SelectorParser): UserRuleSet {
  if (!isValidRuleHost(host)) throw new UserRuleRefusal('bad-host', host);
  const sel = checkSelectorText(raw, parser);
  const base = current ?? { host, hide: [] };
  if (base.hide.includes(sel)) throw new UserRuleRefusal('duplicate', sel);
  if (base.hide.length >= MAX_HIDE_PER_HOST) throw new UserRuleRefusal('too-many', sel);
  const next = { ...base, hide: [...base.hide, sel] };
  if (!fitsItem(next)) throw new UserRuleRefusal('too-many', sel);
  return next;
}

export function setArticleRule(current: UserRuleSet | undefined, host: string, raw: string, parser: SelectorParser): UserRuleSet {
  if (!isValidRuleHost(host)) throw new UserRuleRefusal('bad-host', host);
  const sel = checkSelectorText(raw, parser);
  const next = { ...(current ?? { host, hide: [] }), article: sel };
  if (!fitsItem(next)) throw new UserRuleRefusal('too-many', sel);
  return next;
}

export function removeHideRule(current: UserRuleSet, sel: string): UserRuleSet {
  return { ...current, hide: current.hide.filter((s) => s !== sel) };
}

export interface ImportResult {
  sets: UserRuleSet[];
  /** Selectors (or hosts) refused, with the reason, for the message shown after an import. */
  refused: { host: string; selector: string; reason: RefusalReason }[];
}

/** Rules from an imported file, each selector checked; never throws. */
export function importUserRules(raw: unknown, parser: SelectorParser): ImportResult {
  const result: ImportResult = { sets: [], refused: [] };
  if (!Array.isArray(raw)) return result;
  for (const entry of raw.slice(0, MAX_RULE_HOSTS * 4)) {
    const r = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const host = typeof r.host === 'string' ? r.host.trim().toLowerCase() : '';
    if (!isValidRuleHost(host)) {
      result.refused.push({ host: String(r.host ?? '').slice(0, 80), selector: '', reason: 'bad-host' });
      continue;
    }
    if (result.sets.some((s) => s.host === host)) continue;
    if (result.sets.length >= MAX_RULE_HOSTS) {
      result.refused.push({ host, selector: '', reason: 'too-many-hosts' });
      continue;
    }
    let set: UserRuleSet | undefined;
    for (const s of Array.isArray(r.hide) ? r.hide : []) {
      try {
        set = addHideRule(set, host, typeof s === 'string' ? s : '', parser);
      } catch (e) {
        if (e instanceof UserRuleRefusal && e.reason !== 'duplicate') result.refused.push({ host, selector: String(s).slice(0, 80), reason: e.reason });
      }
    }
    if (r.article !== undefined) {
      try {
        set = setArticleRule(set, host, typeof r.article === 'string' ? r.article : '', parser);
      } catch (e) {
        if (e instanceof UserRuleRefusal) result.refused.push({ host, selector: String(r.article).slice(0, 80), reason: e.reason });
      }
    }
    if (set && !isEmptyRuleSet(set)) result.sets.push(set);
  }
  return result;
}

/** Match patterns for the hosts with rules, e.g. `*://finance.sina.com.cn/*`. */
export function matchPatternsFor(hosts: readonly string[]): string[] {
  return hosts.filter(isValidRuleHost).map((h) => `*://${h}/*`);
}

/** The locale key (under `userRules.`) that explains a refusal: `too-long` → `reasonTooLong`. */
export function refusalMessageKey(reason: string): string {
  const known = /^[a-z]+(?:-[a-z]+)*$/.test(reason) ? reason : 'invalid';
  return `reason${known.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;
}
