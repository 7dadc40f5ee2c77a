/**
 * The ONE typed protocol between the popup, the reader page, the background and the scripts in
 * tabs: every message name and payload type is here. Each message has one handler in one
 * context; nothing dispatches on a string field by hand. Messages to a tab go to its top frame
 * (`{ tabId, frameId: 0 }`). Domain types (batch, clip, detection) are pure and live in utils/.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { StartResult } from '@/utils/batch-runner';
import type { BatchState } from '@/utils/batch-state';
import type { ClipOutcome, PreparedClip } from '@/utils/clip-post';
import type { PageDetection } from '@/utils/detect';
import type { DownloadResult } from '@/utils/save-images';

export type { DownloadResult };

/** What the tab's script hands to the popup / reader for extraction (done there, not in the tab). */
export interface PageSnapshot {
  html: string;
  url: string;
}

/** What the always-on script did on this page; the popup shows it. */
export interface CleanReport {
  detection: PageDetection;
  /** The hide stylesheet is switched on (attribute on <html>). */
  cleaning: boolean;
  removed: number;
  hidden: number;
  readerOpen: boolean;
  /** Site settings for this host, as the page's script applied them. */
  host: string;
}

/**
 * What the reader frame sends to reach its tab: the tab id and the one-time key the tab's overlay
 * put in the frame's address (lib/page/reader-overlay.ts). A reader page framed by anything but our
 * overlay has no key, and the tab answers it nothing.
 */
export interface ReaderRequest {
  tabId: number;
  key: string;
}

export interface SaveFile {
  filename: string;
  content: string;
  mime: string;
}

/** A context-menu click as the background's handler takes it (lib/background/menus.ts). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  tabId?: number;
}

/**
 * Not a message: what the injected clipper script (lib/page/clip-page.ts) returns to the
 * background as the result of `scripting.executeScript` (lib/background/clip-tab.ts).
 */
export type ClipInTab = { ok: true; clip: PreparedClip } | { ok: false; error: string };

export interface ProtocolMap {
  // — handled in the tab (entrypoints/sina.content.ts, entrypoints/page-bridge.ts) —
  getPageSnapshot(): PageSnapshot;
  getCleanReport(): CleanReport;
  /** Opens (true) or closes (false) the reader overlay; returns whether it is open now. */
  setReader(open: boolean): boolean;
  /** The page for the reader frame holding `key`; null for any other key (a frame not ours). */
  getReaderSnapshot(key: string): PageSnapshot | null;
  /** Closes the overlay if its frame holds `key`; returns whether it is open now. */
  closeReader(key: string): boolean;
  // — handled in the background —
  download(file: SaveFile): DownloadResult;
  /** The sender's tab id (a content script does not know its own). */
  getSenderTabId(): number;
  /**
   * The reader page asks through the background: in Firefox an extension page framed in a web
   * page has no `tabs` API. The background relays to the reader's own tab only.
   */
  readerSnapshot(req: ReaderRequest): PageSnapshot | null;
  readerClose(req: ReaderRequest): boolean;
  /** Download the planned images, rewrite the post's links, save the post. */
  savePrepared(clip: PreparedClip): ClipOutcome;
  /** Start saving every open Sina article tab, unless a batch is running already. */
  batchStart(): StartResult;
  /** The running or last batch (lib/background/batch-store.ts). */
  batchState(): BatchState;
  // — handled in the popup —
  /** The background's batch moved on (sent after every stored step). */
  batchProgress(state: BatchState): void;
  // — e2e builds only (entrypoints/background.ts, lib/background/clipper-background.ts) —
  /** Open the popup page in a tab acting on the sender's tab. */
  e2eOpenPopup(): void;
  e2eCommand(p: { name: string; tabId?: number }): unknown;
  e2eMenuClick(click: MenuClick): unknown;
  e2eCreateMenus(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Sends to the top frame of a tab. */
export function toTab(tabId: number): { tabId: number; frameId: number } {
  return { tabId, frameId: 0 };
}

/** What the page's picker asks the background to store (a user rule for the page's host). */
export interface UserRuleRequest {
  kind: 'hide' | 'article';
  selector: string;
}

/** The answer: stored, or refused with a reason (utils/user-rules.ts `RefusalReason`). */
export type UserRuleResult = { ok: true } | { ok: false; reason: string };

// User rules (utils/user-rules.ts); merged into the map above, kept here so they sit apart.
export interface ProtocolMap {
  // — handled in the background (lib/background/user-rules-background.ts) —
  /** Validate again and store a rule for the sender tab's host. */
  userRuleSave(req: UserRuleRequest): UserRuleResult;
}
