/**
 * THE ONE DOOR: the only place in the extension where article HTML enters a DOM.
 * The HTML was written by the allowlist serializer (utils/serialize-html.ts) and is passed through
 * DOMPurify (utils/sanitize.ts) right here as a second lock, so nothing that reaches this
 * component can run script.
 * The extension page's CSP (no inline script) is the second wall. Images load with no referrer
 * (Sina's image hosts refuse foreign referrers); links open in a new tab without referrer.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Sanitize } from '@/utils/sanitize';

function harden(root: HTMLElement): void {
  root.querySelectorAll('img').forEach((img) => {
    img.referrerPolicy = 'no-referrer';
    img.loading = 'lazy';
  });
  root.querySelectorAll('a[href]').forEach((a) => {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  });
}

export function SanitizedHtml({ html, sanitize, class: cls }: { html: string; sanitize: Sanitize; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The door: sanitized on the line it enters, parsed in an inert document (DOMParser runs
    // nothing), then moved in. No innerHTML, so `web-ext lint` has nothing to flag here either.
    const inert = new DOMParser().parseFromString(sanitize(html), 'text/html');
    el.replaceChildren(...inert.body.childNodes);
    harden(el);
  }, [html, sanitize]);
  return <div ref={ref} class={cls} />;
}
