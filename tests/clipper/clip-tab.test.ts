// @vitest-environment jsdom
/**
 * The injected clipper's half (`clipThisPage`) on the project's demo article, in a jsdom page:
 * what it hands the background is exactly what the popup would save (same snapshot, same
 * extraction, same export with the stored options), and the live document is left untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipThisPage } from '@/lib/page/clip-page';
import { prepareClip } from '@/utils/clip-prepare';
import { extractArticle } from '@/utils/extract';
import { normalizeSettings } from '@/utils/settings';

const DEMO = path.resolve(__dirname, '../../demo/finance-article.html');
const URL_ = 'https://finance.sina.com.cn/china/gncj/2024-03-18/doc-inamqdemo7283940.shtml';

function loadDemo(): void {
  const doc = new DOMParser().parseFromString(fs.readFileSync(DEMO, 'utf8'), 'text/html');
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
}

describe('clipThisPage (runs in the tab)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    loadDemo();
  });

  it('prepares what the popup would save, with the stored options and image plan', async () => {
    const stored = { version: 2, images: { mode: 'local' }, presets: { hexo: { author: '我', filenamePattern: '{docid}' } } };
    await fakeBrowser.storage.sync.set({ settings: stored });
    const before = document.documentElement.outerHTML;
    const got = await clipThisPage(document, URL_);
    expect(document.documentElement.outerHTML).toBe(before);
    const snapshot = new DOMParser().parseFromString(before, 'text/html');
    const r = extractArticle(snapshot, { url: URL_ });
    if (!r.ok) throw new Error(r.message);
    expect(got).toEqual({ ok: true, clip: prepareClip(r.article, normalizeSettings(stored)) });
    if (got.ok) {
      expect(got.clip.file.filename).toBe('inamqdemo7283940.md');
      expect(got.clip.images.map((i) => i.path)).toEqual(['inamqdemo7283940/1.png']);
    }
  });

  it('a page with no article gives a reason, not an exception', async () => {
    document.body.replaceChildren();
    const got = await clipThisPage(document, 'https://finance.sina.com.cn/');
    expect(got.ok).toBe(false);
  });
});
