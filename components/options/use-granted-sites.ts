/**
 * Which other sites (utils/sites/others.ts) the user granted, kept current: asked on mount and
 * again on every permission change, whether made on this page, in the popup or in the browser's
 * own extension settings, so the options page's sections never disagree.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSiteGranted } from '@/lib/ui/site-grant';
import { OTHER_SITES } from '@/utils/sites/others';
import type { OtherSiteId } from '@/utils/sites/types';

export type GrantedSites = Partial<Record<OtherSiteId, boolean>>;

/** Adds `fn` to both permission events; a browser or test double without them just gets no updates. */
function onPermissionChange(fn: () => void): () => void {
  const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
  const added = events.filter((e) => {
    try {
      e?.addListener(fn);
      return !!e;
    } catch {
      return false;
    }
  });
  return () => added.forEach((e) => e?.removeListener(fn));
}

export function useGrantedSites(): { granted: GrantedSites; recheck(): void } {
  const [granted, setGranted] = useState<GrantedSites>({});
  const recheck = useCallback(() => {
    void Promise.all(OTHER_SITES.map(async (s) => [s.id, await isSiteGranted(s)] as const)).then((e) => setGranted(Object.fromEntries(e)));
  }, []);
  useEffect(() => {
    recheck();
    return onPermissionChange(recheck);
  }, [recheck]);
  return { granted, recheck };
}
