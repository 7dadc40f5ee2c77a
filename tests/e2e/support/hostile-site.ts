/**
 * A granted other site's page (support/browser/site-pages.ts) made hostile: its own CSP forbids
 * images, it carries beacon images, it throws at load, its `<div id>`s clobber window globals a
 * script might read, and it records every message posted to it.
 */
import { routeFor } from '../../../support/browser/pages';
import type { Route } from '../../../support/browser/server';
import type { SiteTestPage } from '../../../support/browser/site-pages';

/** Names a script (ours, WXT's, a bundler's) could read as a global; a `<div id>` of each clobbers it. */
export const CLOBBERED_GLOBALS = [
  '__sfcBridge', 'browser', 'chrome', 'wxt', '__wxt', 'process', 'global', 'module', 'exports', 'define',
  'require', 'importScripts', 'sinaFinanceCleaner', 'sfc', 'ContentScriptContext', 'contentScript',
] as const;

/** Thrown by the page's own script at load; the test looks for it among the page's errors. */
export const PAGE_BOOM = 'hostile page throws at load';

/** The page's script: throws at load after recording what a page can see of us. */
const HEAD = `<script>
window.__seenMessages = [];
window.addEventListener('message', (e) => { try { __seenMessages.push(JSON.stringify(e.data)); } catch (x) { __seenMessages.push(String(e.data)); } });
throw new Error(${JSON.stringify(PAGE_BOOM)});
</script>`;

const BODY = [
  ...CLOBBERED_GLOBALS.map((id) => `<div id="${id}" hidden></div>`),
  '<img id="beacon-1" src="/__beacon/1.gif" alt="">',
  '<img id="beacon-2" src="https://xw.qq.com/__beacon/2.gif" alt="">',
  `<script>setTimeout(() => { throw new Error(${JSON.stringify(`${PAGE_BOOM} (later)`)}); }, 0);</script>`,
].join('');

/** The route serving `p` with the hostile additions at `url` (its own address unless told), under `img-src 'none'`. */
export function hostileSiteRoute(p: SiteTestPage, url = p.url): Route {
  const html = routeFor(p).body.toString('utf8')
    .replace(/<head([^>]*)>/i, `<head$1>${HEAD}`)
    .replace(/<body([^>]*)>/i, `<body$1>${BODY}`);
  return { url, body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "img-src 'none'" } };
}
