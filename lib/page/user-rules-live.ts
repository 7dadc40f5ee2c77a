/**
 * Applies the user's hide rules for this host on the live page: one <style> of
 * `:is(sel):not(html,head,body){display:none!important}` (utils/user-rules.ts `hideCss`), written at
 * document_start so nothing flashes. Once the document is parsed, the rules that would hide the
 * article root (the user's article rule, else the site's shipped roots) or one of its ancestors are
 * dropped. A rule change
 * rewrites the sheet at once: a removed rule shows its element again without a reload.
 */
import { readSettings, watchSettingsLite } from '@/lib/page/settings-lite';
import { readHostRules, watchUserRules } from '@/lib/shared/user-rules-store';
import { isCleaningOn, type HostLists } from '@/utils/settings';
import { articleRootsToKeep } from '@/utils/article-roots';
import { checkSelectorText, hideCss, safeHideSelectors, type UserRuleSet } from '@/utils/user-rules';

export const USER_RULES_STYLE_ID = 'sina-cleaner-user-rules';

const USER_RULES_RUNNING = Symbol.for('sina-finance-cleaner.user-rules');

/**
 * The selectors to apply now: text-checked always; once the document exists, also checked against
 * the article (the user's article rule, else the site's shipped roots: utils/article-roots.ts), so
 * a rule that came in by sync or a settings file can never hide the article.
 */
export function applicableSelectors(rules: UserRuleSet | undefined, doc: Document, host: string): string[] {
  if (!rules) return [];
  const fragment = doc.createDocumentFragment();
  const hide = rules.hide.filter((sel) => {
    try {
      checkSelectorText(sel, fragment);
      return true;
    } catch {
      return false;
    }
  });
  if (doc.readyState === 'loading' || !doc.body) return hide;
  return safeHideSelectors({ ...rules, hide }, doc, articleRootsToKeep(doc, host, rules.article));
}

function writeStyle(doc: Document, css: string): void {
  let style = doc.getElementById(USER_RULES_STYLE_ID);
  if (!css) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.id = USER_RULES_STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

export async function startUserRules(doc: Document, host: string): Promise<void> {
  // One per page: the picker starts one when it saves the first rule of a page without one. A
  // symbol, not a string-named global, which the page's own elements clobber in Chromium
  // (lib/page/bridge-guard.ts): `<div id="…">` must not switch the user's rules off.
  const g = globalThis as { [USER_RULES_RUNNING]?: true };
  if (g[USER_RULES_RUNNING]) return;
  g[USER_RULES_RUNNING] = true;
  let rules = await readHostRules(host);
  let settings: HostLists = await readSettings();
  const apply = () => {
    try {
      writeStyle(doc, isCleaningOn(settings, host) ? hideCss(applicableSelectors(rules, doc, host)) : '');
    } catch (e) {
      console.warn('user rules: not applied', e); // never into the page's own error handling
    }
  };
  apply();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', apply, { once: true });
  watchSettingsLite((s) => {
    settings = s;
    apply();
  });
  watchUserRules((hosts) => {
    if (!hosts.includes(host)) return;
    void readHostRules(host).then((r) => {
      rules = r;
      apply();
    });
  });
}
