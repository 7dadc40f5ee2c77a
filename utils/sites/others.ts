/**
 * The sites other than Sina, each one data module (./<site>.ts), read by the generic engine
 * (utils/detect-sites.ts, utils/extract-site.ts). Detection asks them in this order; none may
 * claim another's page (tests/core/site-registry.test.ts).
 */
import { BAIJIAHAO } from './baijiahao';
import { HEXUN } from './hexun';
import { IFENG } from './ifeng';
import { NETEASE } from './netease';
import { PEOPLE } from './people';
import { QQ } from './qq';
import { STCN } from './stcn';
import { THEPAPER } from './thepaper';
import type { OtherSiteRule } from './types';
import { XINHUANET } from './xinhuanet';

export const OTHER_SITES: readonly OtherSiteRule[] = [NETEASE, QQ, IFENG, THEPAPER, HEXUN, STCN, BAIJIAHAO, XINHUANET, PEOPLE];
