/** The popup's view of its tab: access, the cleaner's report, the extracted article. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CleanReport } from '@/lib/protocol/messages';
import { isNotArticle } from '@/utils/detect';
import { getSettings } from '@/lib/shared/settings-store';
import { isSinaHost } from '@/utils/hosts';
import { connectTab, hasSinaHostAccess, type TabAccess } from '@/lib/shared/tab-access';
import { loadArticle } from '@/lib/shared/tab-article';
import { isSiteGranted } from '@/lib/ui/site-grant';
import { otherSiteForUrl } from '@/utils/detect-sites';
import type { ExtractResult } from '@/utils/model';
import { isAutoReaderOn, type Settings } from '@/utils/settings';

export type TabState =
  | { phase: 'loading' }
  | { phase: 'no-access'; access: Extract<TabAccess, { ok: false }> }
  | {
      phase: 'ready';
      report: CleanReport;
      result: ExtractResult | null;
      autoReader: boolean;
      settings: Settings;
      /** A Sina page reached through activeTab only (Firefox MV3 before host access is granted). */
      needsAccess: boolean;
      /** Our live cleaner runs on this host (Sina, or another site the user granted): its switches apply. */
      liveSite?: boolean;
    };

function errorResult(err: unknown): ExtractResult {
  return { ok: false, reason: 'no-content', message: err instanceof Error ? err.message : String(err) };
}

export function useTabState(tabId: number | undefined) {
  const [state, setState] = useState<TabState>({ phase: 'loading' });

  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    const access = await connectTab(tabId);
    if (!access.ok) return setState({ phase: 'no-access', access });
    const settings = await getSettings();
    const { report } = access;
    const result = isNotArticle(report.detection) ? null : await loadArticle(tabId).catch(errorResult);
    const needsAccess = isSinaHost(report.host) && !(await hasSinaHostAccess());
    const other = otherSiteForUrl(`https://${report.host}/`);
    const liveSite = report.detection.site === 'sina' || (!!other && (await isSiteGranted(other)));
    setState({ phase: 'ready', report, result, settings, autoReader: isAutoReaderOn(settings, report.host), needsAccess, liveSite });
  }, [tabId]);

  useEffect(() => void refresh(), [refresh]);
  return { state, refresh };
}
