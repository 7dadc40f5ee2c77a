/**
 * User rules in storage.sync, one item per host (`userRules:<host>`), read with the plain
 * `browser.storage` API so the small page script (entrypoints/user-rules.ts) stays small. Every
 * value read is normalised (utils/user-rules.ts): a corrupt or hand-edited item never throws.
 */
import { browser } from 'wxt/browser';
import {
  fitsItem,
  isEmptyRuleSet,
  normalizeUserRuleSet,
  USER_RULES_KEY_PREFIX,
  userRulesKey,
  type SelectorParser,
  type UserRuleSet,
} from '@/utils/user-rules';

/**
 * A parser for the selector syntax check: a DOM fragment where there is a DOM. Chrome's background
 * service worker has none; there the text checks still run, and the page script re-checks each
 * rule against the page's own DOM before it applies it.
 */
export function selectorParser(): SelectorParser {
  return typeof document !== 'undefined' ? document.createDocumentFragment() : { querySelector: () => null };
}

export async function readAllUserRules(): Promise<UserRuleSet[]> {
  let all: Record<string, unknown>;
  try {
    all = await browser.storage.sync.get(null);
  } catch {
    return []; // storage unreadable (sync disabled by policy): no user rules rather than an error
  }
  const out: UserRuleSet[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(USER_RULES_KEY_PREFIX)) continue;
    const set = normalizeUserRuleSet(value, selectorParser());
    // The key names the host: a value claiming another host is not trusted.
    if (set && userRulesKey(set.host) === key && !isEmptyRuleSet(set)) out.push(set);
  }
  return out.sort((a, b) => a.host.localeCompare(b.host));
}

export async function readHostRules(host: string): Promise<UserRuleSet | undefined> {
  const key = userRulesKey(host.toLowerCase());
  try {
    const got = await browser.storage.sync.get(key);
    const set = normalizeUserRuleSet(got[key], selectorParser());
    return set && userRulesKey(set.host) === key ? set : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a host's rules; an empty set removes the item. */
export async function writeHostRules(set: UserRuleSet): Promise<void> {
  const key = userRulesKey(set.host);
  if (isEmptyRuleSet(set)) return browser.storage.sync.remove(key);
  if (!fitsItem(set)) throw new Error(`rules for ${set.host} exceed the storage.sync item quota`);
  await browser.storage.sync.set({ [key]: set });
}

export function removeHostRules(host: string): Promise<void> {
  return browser.storage.sync.remove(userRulesKey(host));
}

/** Replaces every stored rule set (a settings import). */
export async function replaceAllUserRules(sets: readonly UserRuleSet[]): Promise<void> {
  const old = await readAllUserRules();
  const keep = new Set(sets.map((s) => s.host));
  const stale = old.filter((s) => !keep.has(s.host)).map((s) => userRulesKey(s.host));
  if (stale.length) await browser.storage.sync.remove(stale);
  for (const s of sets) await writeHostRules(s);
}

/** Calls `cb` with the hosts whose rules changed. */
export function watchUserRules(cb: (hosts: string[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync') return;
    const hosts = Object.keys(changes)
      .filter((k) => k.startsWith(USER_RULES_KEY_PREFIX))
      .map((k) => k.slice(USER_RULES_KEY_PREFIX.length));
    if (hosts.length) cb(hosts);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
