/**
 * The user's own rules (utils/user-rules.ts), per host: each hide rule and the article rule can be
 * removed, or all of a host's. Reads storage directly and follows its changes, so a rule the picker
 * adds in a tab shows up here at once.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { readAllUserRules, removeHostRules, watchUserRules, writeHostRules } from '@/lib/shared/user-rules-store';
import { removeHideRule, type UserRuleSet } from '@/utils/user-rules';

function HostRules({ set }: { set: UserRuleSet }) {
  const remove = (sel: string) => void writeHostRules(removeHideRule(set, sel));
  const { article: _drop, ...withoutArticle } = set;
  return (
    <li data-host={set.host}>
      <strong>{set.host}</strong>{' '}
      <button type="button" data-action="remove-host-rules" onClick={() => void removeHostRules(set.host)}>{i18n.t('userRules.removeHost')}</button>
      <ul>
        {set.hide.map((sel) => (
          <li key={sel} data-rule="hide">
            {i18n.t('userRules.hideList')}: <code>{sel}</code>{' '}
            <button type="button" data-action="remove-rule" data-selector={sel} onClick={() => remove(sel)}>{i18n.t('userRules.remove')}</button>
          </li>
        ))}
        {set.article && (
          <li data-rule="article">
            {i18n.t('userRules.articleRule')}: <code>{set.article}</code>{' '}
            <button type="button" data-action="remove-article-rule" onClick={() => void writeHostRules(withoutArticle)}>{i18n.t('userRules.remove')}</button>
          </li>
        )}
      </ul>
    </li>
  );
}

export function UserRulesSection() {
  const [sets, setSets] = useState<UserRuleSet[] | null>(null);
  useEffect(() => {
    const load = () => void readAllUserRules().then(setSets);
    load();
    return watchUserRules(load);
  }, []);
  if (!sets) return null;
  return (
    <section aria-labelledby="user-rules-heading" data-section="user-rules">
      <h2 id="user-rules-heading">{i18n.t('userRules.title')}</h2>
      {sets.length ? <ul class="user-rules">{sets.map((s) => <HostRules key={s.host} set={s} />)}</ul> : <p class="note">{i18n.t('userRules.none')}</p>}
    </section>
  );
}
