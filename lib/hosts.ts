/** Hosts whose article templates the site rules know (utils/sites/sina.ts); manifest and scripts share it. */
export const SINA_MATCHES = ['*://*.sina.com.cn/*', '*://*.sina.cn/*'];

export function isSinaHost(hostname: string): boolean {
  return /(^|\.)sina\.(com\.)?cn$/i.test(hostname);
}
