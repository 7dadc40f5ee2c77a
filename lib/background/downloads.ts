/**
 * Saves a file, or a post's image, through the browser's downloads API (background only).
 * Firefox refuses `data:` URLs in downloads.download, and Chrome's MV3 service worker has no
 * URL.createObjectURL, so we use a `blob:` URL where the context can make one and a `data:` URL
 * otherwise. Duplicates are renamed by the browser (`uniquify`), never overwritten. The promise
 * settles when the download completes or fails (a cancel included), so the popup can say what
 * happened.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DownloadResult, SaveFile } from '@/lib/protocol/messages';
import type { UrlDownload } from '@/utils/save-images';

const TIMEOUT_MS = 60000;

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fileUrl(file: SaveFile): { url: string; revoke(): void } {
  const type = `${file.mime};charset=utf-8`;
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([file.content], { type }));
    return { url, revoke: () => URL.revokeObjectURL(url) };
  }
  return { url: `data:${type};base64,${utf8Base64(file.content)}`, revoke: () => undefined };
}

type Delta = Browser.downloads.DownloadDelta;

/** Resolves with the final state of download `id` (the listener is set before the first lookup). */
export function settleDownload(id: number): Promise<DownloadResult> {
  return new Promise((resolve) => {
    const finish = (r: DownloadResult) => {
      browser.downloads.onChanged.removeListener(onChanged);
      clearTimeout(timer);
      resolve(r);
    };
    const check = async () => {
      const [item] = await browser.downloads.search({ id });
      if (item?.state === 'complete') finish({ ok: true, filename: item.filename });
      else if (item?.state === 'interrupted') finish({ ok: false, error: item.error ?? 'interrupted' });
      else if (!item) finish({ ok: false, error: 'download vanished' });
    };
    const onChanged = (d: Delta) => {
      if (d.id === id && d.state?.current && d.state.current !== 'in_progress') void check();
    };
    const timer = setTimeout(() => finish({ ok: false, error: 'timed out' }), TIMEOUT_MS);
    browser.downloads.onChanged.addListener(onChanged);
    void check();
  });
}

export async function saveFile(file: SaveFile): Promise<DownloadResult> {
  const { url, revoke } = fileUrl(file);
  try {
    const id = await browser.downloads.download({ url, filename: file.filename, conflictAction: 'uniquify', saveAs: false });
    return await settleDownload(id);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    revoke();
  }
}

/**
 * An image of a post into the folder beside it (utils/save-images.ts runs them, two at a time).
 * No referrer: a download the extension starts carries no `Referer` header (it has no page behind
 * it), which is what Sina's image hosts (n.sinaimg.cn) need — they refuse foreign referrers.
 * tests/e2e/clipper.e2e.test.ts checks it on the server side. `fetch` is not used: the extension
 * has no host permission for *.sinaimg.cn (the permissions stay no wider than the Sina hosts).
 * `uniquify`: re-saving a post never overwrites the images of the first copy.
 */
export const downloadUrl: UrlDownload = async (url, path) => {
  try {
    const id = await browser.downloads.download({ url, filename: path, conflictAction: 'uniquify', saveAs: false });
    return await settleDownload(id);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
};
