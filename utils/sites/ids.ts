/**
 * The ids of the sites the registry knows (./index.ts) and of their page templates. Types only:
 * utils/model.ts names an article's template by them.
 */

/** One id per site: Sina (./sina.ts) and each other site's data module (./<id>.ts). */
export type SiteId = 'sina' | OtherSiteId;

/** The sites read by the generic engine (utils/detect-sites.ts, utils/extract-site.ts). */
export type OtherSiteId = 'netease' | 'qq' | 'ifeng' | 'thepaper' | 'hexun' | 'stcn' | 'baijiahao' | 'xinhuanet' | 'people';

/** A template of another site: the site's id, then the page shape (`netease-post`, `ifeng-news`). */
export type SiteTemplateId = `${OtherSiteId}-${string}`;
