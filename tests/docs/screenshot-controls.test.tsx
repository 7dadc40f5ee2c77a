/**
 * The committed screenshots show every control: the popup (on a Sina article, cleaning on, reader
 * closed) and the reader view are rendered here in the real zh_CN strings, their buttons, selects
 * and inputs listed by scripts/control-list.ts and compared with docs/screenshots/controls.json,
 * which `npm run docs:screenshots` writes from the real extension together with the images.
 * A control added (or renamed, or removed) fails here until the screenshots are taken again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/components/popup/use-tab-state';
import type { Article } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { listControls, type Control } from '../../scripts/control-list';
import { getMessageFor } from '../support/locale-messages';

const article: Article = {
  title: '新能源汽车出口前两月同比增长逾三成', url: 'https://finance.sina.com.cn/china/2024-03-12/doc-inamxyzw1234567.shtml',
  published: '2024-03-12T02:31:00.000Z', source: '新浪财经综合', editor: '王蒙', categories: [], tags: [],
  html: '<p>正文。</p>', template: 'sina-desktop', siteName: '新浪财经', lang: 'zh-CN',
};
const ready: TabState = {
  phase: 'ready', result: { ok: true, article, report: { template: 'sina-desktop', matched: {}, removed: 2, hidden: 9 } }, settings: DEFAULT_SETTINGS, autoReader: false, needsAccess: false,
  report: { detection: { site: 'sina', kind: 'article', template: 'sina-desktop' }, cleaning: true, removed: 2, hidden: 9, readerOpen: false, host: 'finance.sina.com.cn' },
};

// The tab and the background are not there in a unit test: the popup's view of its tab and the
// batch panel's channel are replaced by what the screenshot run saw.
vi.mock('@/components/popup/use-tab-state', () => ({ useTabState: () => ({ state: ready, refresh: async () => undefined }) }));
vi.mock('@/lib/ui/batch-client', () => ({ watchBatch: () => ({ take: () => undefined, stop: () => undefined }), startBatch: async () => null }));

import { Popup } from '@/components/popup/Popup';
import { Reader } from '@/components/reader/Reader';

const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/screenshots/controls.json'), 'utf8')) as
  { locale: string; popup: Control[]; reader: Control[] };

async function mount(node: preact.ComponentChild, ready: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(() => render(node, root));
  await vi.waitFor(() => expect(root.querySelector(ready)).not.toBeNull());
  return root;
}

describe('docs/screenshots/controls.json lists every control of', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = getMessageFor('zh_CN') as never;
    expect(committed.locale).toBe('zh_CN');
  });

  it('the popup', async () => {
    const root = await mount(<Popup tabId={7} inTab />, '[data-state="article"]');
    expect(listControls(root)).toEqual(committed.popup);
  });

  it('the reader view', async () => {
    const root = await mount(<Reader load={async () => ready.result!} onClose={() => undefined} />, 'main[data-state="article"] h1');
    expect(listControls(root)).toEqual(committed.reader);
  });
});
