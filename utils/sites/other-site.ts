/**
 * `otherSite`: an OtherSiteRule from only what a site's data module (./<site>.ts) says, the rest
 * at the value most sites have: no live rules, nothing listed, no junk rows or lines, no end
 * markers, channels or saved-page marks, and the usual 责任编辑 line.
 */
import type { NotArticleUrl, OtherSiteRule } from './types';

/** `责任编辑：尹世杰` → `尹世杰` (sites/gne-xinhuanet-1, sites/gne-thepaper-1, sites/gne-qq-2). */
export const EDITOR_NAME = /责任编辑\s*[：:]\s*(\S+)/;

/** A site's home page (`https://money.163.com/`): never an article. */
export const HOME_PAGE: NotArticleUrl = { pattern: /^https?:\/\/[^/]+\/?(?:[?#]|$)/i, reason: 'home' };

type Defaulted = 'live' | 'listedHosts' | 'articleLinks' | 'notInPages' | 'junk' | 'junkLines' | 'bodyEnd' | 'channels' | 'savedMarkers' | 'editor' | 'editorName';

export function otherSite(rule: Omit<OtherSiteRule, Defaulted> & Partial<Pick<OtherSiteRule, Defaulted>>): OtherSiteRule {
  return {
    live: false,
    listedHosts: [],
    articleLinks: [],
    notInPages: {},
    junk: [],
    junkLines: [],
    bodyEnd: [],
    channels: [],
    savedMarkers: [],
    editor: [],
    editorName: EDITOR_NAME,
    ...rule,
  };
}
