/**
 * Background wiring of "save all open articles": the popup sends `batchStart` once and may
 * close; the loop runs here, and each step is stored and sent to open popups as `batchProgress`.
 * A popup opened later asks `batchState`. Call once from defineBackground.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/lib/protocol/messages';
import { createBatchRunner } from '@/utils/batch-runner';
import { saveAllTabs } from '@/utils/batch-save';
import { defaultBatchStore } from './batch-store';
import { saveTab } from './clip-tab';
import { grantedSites } from './site-access';

export function setupBatchSave(): void {
  const runner = createBatchRunner({
    store: defaultBatchStore(),
    run: (onProgress) => saveAllTabs(onProgress, { listTabs: () => browser.tabs.query({}), saveTab, grantedSites }),
    // No popup open: "Receiving end does not exist". The state is stored; a popup asks for it.
    publish: (state) => void sendMessage('batchProgress', state).catch(() => undefined),
  });
  onMessage('batchStart', () => runner.start());
  onMessage('batchState', () => runner.state());
}
