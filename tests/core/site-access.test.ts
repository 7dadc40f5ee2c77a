/** The host patterns the other sites need granted, derived from the registry (utils/site-access.ts). */
import { describe, expect, it } from 'vitest';
import { grantedMatches, optionalHostPatterns, otherSiteMatches } from '../../utils/site-access';
import { SINA_MATCHES } from '../../utils/hosts';
import { OTHER_SITES } from '../../utils/sites/others';

describe('other sites’ host patterns', () => {
  it('one *://*.<domain>/* per registered domain (it matches the domain itself too), no Sina host among them', () => {
    const all = otherSiteMatches();
    expect(all).toContain('*://*.163.com/*');
    expect(all).toContain('*://*.thepaper.cn/*');
    for (const s of OTHER_SITES) for (const h of s.hosts) expect(all, h).toContain(`*://*.${h}/*`);
    expect(all.filter((p) => SINA_MATCHES.includes(p))).toEqual([]);
    expect(all.some((p) => /sina/.test(p))).toBe(false);
  });

  it('the optional permissions are those plus any site, for rules users add themselves', () => {
    expect(optionalHostPatterns()).toEqual([...otherSiteMatches(), '*://*/*']);
  });

  it('a registration covers exactly the granted sites', () => {
    expect(grantedMatches([])).toEqual([]);
    const m = grantedMatches(['netease', 'qq']);
    expect(m.some((p) => p.includes('163.com'))).toBe(true);
    expect(m.some((p) => p.includes('qq.com'))).toBe(true);
    expect(m.some((p) => p.includes('ifeng.com'))).toBe(false);
  });
});
