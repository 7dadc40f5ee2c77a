/**
 * lib/background/downloads.ts: blob: URL where URL.createObjectURL exists (Firefox), data: URL
 * otherwise (Chrome's MV3 service worker), `uniquify`, and failures — a cancel included — reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveFile } from '@/lib/background/downloads';

type Listener = (d: { id: number; state?: { current?: string } }) => void;
const FILE = { filename: '央行：降准.md', content: '---\ntitle: 央行\n---\n正文', mime: 'text/markdown' };

function fakeDownloads(final: { state: string; error?: string; filename?: string }) {
  const listeners = new Set<Listener>();
  let state = 'in_progress';
  const d = fakeBrowser.downloads;
  vi.spyOn(d.onChanged, 'addListener').mockImplementation((l) => void listeners.add(l as unknown as Listener));
  vi.spyOn(d.onChanged, 'removeListener').mockImplementation((l) => void listeners.delete(l as unknown as Listener));
  vi.spyOn(d, 'search').mockImplementation(async () => [{ id: 7, state, error: final.error, filename: final.filename ?? '' }] as never);
  const download = vi.spyOn(d, 'download').mockImplementation(async () => {
    setTimeout(() => {
      state = final.state;
      listeners.forEach((l) => l({ id: 7, state: { current: final.state } }));
    }, 5);
    return 7;
  });
  return { download, listeners };
}

describe('saveFile', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('saves through a data: URL when the context cannot make blob: URLs, UTF-8 intact, uniquified', async () => {
    const { download } = fakeDownloads({ state: 'complete', filename: '/dl/央行：降准 (1).md' });
    vi.stubGlobal('URL', Object.assign(function () {}, { createObjectURL: undefined }));
    try {
      expect(await saveFile(FILE)).toEqual({ ok: true, filename: '/dl/央行：降准 (1).md' });
    } finally {
      vi.unstubAllGlobals();
    }
    const opts = download.mock.calls[0]![0];
    expect(opts).toMatchObject({ filename: FILE.filename, conflictAction: 'uniquify', saveAs: false });
    const [, b64] = opts.url.split(',');
    expect(opts.url.startsWith('data:text/markdown;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(b64!, 'base64').toString('utf8')).toBe(FILE.content);
  });

  it('saves through a blob: URL where URL.createObjectURL exists, and revokes it after', async () => {
    const { download } = fakeDownloads({ state: 'complete', filename: '/dl/x.md' });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    expect(await saveFile(FILE)).toMatchObject({ ok: true });
    expect(download.mock.calls[0]![0].url).toMatch(/^blob:/);
    expect(revoke).toHaveBeenCalledWith(download.mock.calls[0]![0].url);
  });

  it('reports a cancelled download with the reason', async () => {
    const { listeners } = fakeDownloads({ state: 'interrupted', error: 'USER_CANCELED' });
    expect(await saveFile(FILE)).toEqual({ ok: false, error: 'USER_CANCELED' });
    expect(listeners.size).toBe(0);
  });

  it('reports a refused download (e.g. an invalid file name)', async () => {
    vi.spyOn(fakeBrowser.downloads, 'download').mockRejectedValue(new Error('Invalid filename'));
    expect(await saveFile(FILE)).toEqual({ ok: false, error: 'Invalid filename' });
  });
});
