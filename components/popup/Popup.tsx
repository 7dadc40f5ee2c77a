/** The toolbar popup: what was detected on the tab and what can be done with it. */
import { i18n } from '#i18n';
import { useMemo } from 'preact/hooks';
import { requestSinaHostAccess } from '@/lib/shared/tab-access';
import { pickableHost } from '@/lib/ui/picker-launch';
import { isCleaningOn } from '@/utils/settings';
import { ClipperTools } from '@/components/clipper/ClipperTools';
import { Actions } from './Actions';
import { SiteAccess } from './SiteAccess';
import { PickerActions } from './PickerActions';
import { Summary } from './Summary';
import { useTabState } from './use-tab-state';

/** Firefox MV3 grants host access only when asked: the request must come from this click. */
function GrantAccess({ onGranted }: { onGranted(): Promise<void> }) {
  const grant = () => void requestSinaHostAccess().then((ok) => (ok ? onGranted() : undefined));
  return (
    <div class="grant">
      <p class="note">{i18n.t('popup.needPermission')}</p>
      <button type="button" data-action="grant-access" onClick={grant}>{i18n.t('popup.grant')}</button>
    </div>
  );
}

export function Popup({ tabId, inTab }: { tabId: number | undefined; inTab: boolean }) {
  const { state, refresh } = useTabState(tabId);
  const onDone = useMemo(() => () => !inTab && window.close(), [inTab]);

  if (tabId === undefined || state.phase === 'loading') return <p class="note" data-state="loading">{i18n.t('popup.loading')}</p>;
  if (state.phase === 'no-access') {
    // Rules can still be picked on a page not readable yet: the picker asks for its host first.
    const host = pickableHost(state.access.url);
    const picker = host && <PickerActions tabId={tabId} host={host} onDone={onDone} />;
    if (state.access.reason === 'restricted') {
      return (
        <div data-state="restricted">
          <p class="note">{i18n.t('popup.restricted')}</p>
          {picker}
        </div>
      );
    }
    return (
      <div data-state="no-permission">
        <GrantAccess onGranted={refresh} />
        {picker}
      </div>
    );
  }
  const { report, result, settings, autoReader, needsAccess, liveSite } = state;
  const article = result?.ok ? result.article : null;
  return (
    <div data-state={article ? 'article' : 'no-article'}>
      {needsAccess && <GrantAccess onGranted={refresh} />}
      <SiteAccess tabId={tabId} host={report.host} onGranted={refresh} />
      {article ? (
        <Summary article={article} report={report} />
      ) : (
        <p class="note" data-field="no-article">
          {i18n.t('popup.noArticle')}
          {report.detection.site === 'sina' && report.detection.kind === 'not-article' && (
            <> {i18n.t('popup.noArticleReason', [report.detection.reason])}</>
          )}
        </p>
      )}
      <Actions tabId={tabId} article={article} report={report} autoReader={autoReader}
        cleanOn={isCleaningOn(settings, report.host)} live={liveSite ?? report.detection.site === 'sina'} onChanged={refresh} onDone={onDone} />
      <PickerActions tabId={tabId} host={report.host} onDone={onDone} />
      <section class="popup-group">
        <ClipperTools />
      </section>
    </div>
  );
}
