/**
 * The clipper features' messages, typed like lib/messaging.ts and on the same transport;
 * names are disjoint from that map, and an instance ignores types it has no handler for, so the two
 * maps live side by side without touching each other's handlers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { StartResult } from './batch-runner';
import type { BatchState } from './batch-state';
import type { ClipOutcome, PreparedClip } from './clip-post';
import type { MenuClick } from './menus';

export interface ClipperProtocolMap {
  /** Background: download the planned images, rewrite the post's links, save the post. */
  savePrepared(clip: PreparedClip): ClipOutcome;
  /** Background: start saving every open Sina article tab, unless a batch is running already. */
  batchStart(): StartResult;
  /** Background: the running or last batch (lib/batch-state.ts). */
  batchState(): BatchState;
  /** Popup: the background's batch moved on (sent after every stored step). */
  batchProgress(state: BatchState): void;
  // — e2e builds only (lib/clipper-background.ts) —
  e2eCommand(p: { name: string; tabId?: number }): unknown;
  e2eMenuClick(click: MenuClick): unknown;
  e2eCreateMenus(): void;
}

export const { sendMessage: sendClipperMessage, onMessage: onClipperMessage } = defineExtensionMessaging<ClipperProtocolMap>();
