/**
 * downloadUrl against the fake browser's downloads API (not mocked by WXT: stubbed here): the
 * image URL goes to downloads.download as is (no fetch, no headers: nothing to carry a Referer),
 * duplicates are uniquified, and the final state decides the outcome.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { downloadUrl } from '@/lib/background/downloads';

type Item = { id: number; state: string; filename: string; error?: string };

function stubDownloads(final: Item | (() => Item), opts: { throws?: string } = {}) {
  const listeners: ((d: { id: number; state?: { current: string } }) => void)[] = [];
  let state: Item = { id: 7, state: 'in_progress', filename: '' };
  const download = vi.fn(async () => {
    if (opts.throws) throw new Error(opts.throws);
    setTimeout(() => {
      state = typeof final === 'function' ? final() : final;
      listeners.forEach((l) => l({ id: 7, state: { current: state.state } }));
    }, 5);
    return 7;
  });
  Object.assign(fakeBrowser.downloads, {
    download,
    search: vi.fn(async () => [state]),
    onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: vi.fn() },
  });
  return download;
}

describe('downloadUrl', () => {
  beforeEach(() => fakeBrowser.reset());

  it('downloads the URL itself, uniquified, and reports the final file name', async () => {
    const download = stubDownloads({ id: 7, state: 'complete', filename: '/dl/post/1 (1).jpg' });
    const r = await downloadUrl('https://n.sinaimg.cn/a.jpg', 'post/1.jpg');
    expect(r).toEqual({ ok: true, filename: '/dl/post/1 (1).jpg' });
    expect(download).toHaveBeenCalledWith({ url: 'https://n.sinaimg.cn/a.jpg', filename: 'post/1.jpg', conflictAction: 'uniquify', saveAs: false });
  });

  it('an interrupted download (a 404) is a failure with the browser\'s reason', async () => {
    stubDownloads({ id: 7, state: 'interrupted', filename: '', error: 'SERVER_BAD_CONTENT' });
    expect(await downloadUrl('https://www.sina.com.cn/missing.jpg', 'post/2.jpg')).toEqual({ ok: false, error: 'SERVER_BAD_CONTENT' });
  });

  it('a refused download (bad file name, no permission) is a failure, not an exception', async () => {
    stubDownloads({ id: 7, state: 'complete', filename: '' }, { throws: 'Invalid filename' });
    expect(await downloadUrl('https://n.sinaimg.cn/a.jpg', '../x.jpg')).toEqual({ ok: false, error: 'Invalid filename' });
  });
});
