/**
 * User rules in the background: keeps the run-time page script `user-rules.js` registered for the
 * hosts that have rules and whose origin the extension may reach (Sina hosts always; another host
 * once the user granted it), and stores what the picker sends after checking it again.
 */
import { keepPageScriptInLine, setPageScript } from '@/lib/background/page-scripts';
import { onMessage, type UserRuleRequest, type UserRuleResult } from '@/lib/protocol/messages';
import { holdsOrigins } from '@/lib/shared/tab-access';
import { readAllUserRules, readHostRules, selectorParser, watchUserRules, writeHostRules } from '@/lib/shared/user-rules-store';
import { addHideRule, matchPatternsFor, MAX_RULE_HOSTS, setArticleRule, UserRuleRefusal } from '@/utils/user-rules';

/** Brings the registration in line with the stored rules and the granted origins. */
export async function syncUserRulesScript(): Promise<void> {
  const hosts = (await readAllUserRules()).map((s) => s.host);
  const ok: string[] = [];
  for (const h of hosts) if (await holdsOrigins(matchPatternsFor([h]))) ok.push(h);
  await setPageScript({ id: 'user-rules', file: 'user-rules.js', matches: matchPatternsFor(ok) });
}

function hostOf(url: string | undefined): string {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** Checks the picker's request again (it ran in a page we do not trust) and stores it. */
export async function saveUserRule(req: UserRuleRequest, pageUrl: string | undefined): Promise<UserRuleResult> {
  const host = hostOf(pageUrl);
  try {
    if (!req || typeof req.selector !== 'string' || (req.kind !== 'hide' && req.kind !== 'article')) throw new UserRuleRefusal('empty');
    const current = await readHostRules(host);
    if (!current && (await readAllUserRules()).length >= MAX_RULE_HOSTS) throw new UserRuleRefusal('too-many-hosts');
    const add = req.kind === 'hide' ? addHideRule : setArticleRule;
    await writeHostRules(add(current, host, req.selector, selectorParser()));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: e instanceof UserRuleRefusal ? e.reason : 'storage' };
  }
}

export function setupUserRules(): void {
  watchUserRules(keepPageScriptInLine('user rules', syncUserRulesScript));
  onMessage('userRuleSave', ({ data, sender }) => saveUserRule(data, sender.tab?.url));
}
