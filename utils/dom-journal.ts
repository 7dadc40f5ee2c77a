/**
 * Makes the live-page cleaning undoable, so "cleaning off" restores the page at once without a
 * reload. `cleanLive` (utils/live-clean.ts) removes nodes; we do not need to know which:
 * a MutationObserver watching while it runs hands back every change synchronously through
 * `takeRecords()`, with each removed node's parent and siblings. Undoing the records in reverse
 * order puts every node back where it was (also late-injected ads the observer removed later).
 */

export interface DomJournal {
  /** Runs `fn`, recording every DOM change it makes under `root`. */
  record<T>(fn: () => T): T;
  /** Reverts every recorded change, newest first, and forgets them. */
  undo(): void;
  readonly size: number;
}

function revert(r: MutationRecord): void {
  if (r.type === 'attributes' && r.attributeName && r.target instanceof Element) {
    if (r.oldValue === null) r.target.removeAttribute(r.attributeName);
    else r.target.setAttribute(r.attributeName, r.oldValue);
    return;
  }
  if (r.type === 'characterData') {
    r.target.nodeValue = r.oldValue;
    return;
  }
  const parent = r.target;
  r.addedNodes.forEach((n) => n.parentNode === parent && parent.removeChild(n));
  const ref = insertionPoint(r);
  r.removedNodes.forEach((n) => parent.insertBefore(n, ref));
}

/** Where the removed nodes of `r` sat: before their old next sibling, or after their old previous one. */
function insertionPoint(r: MutationRecord): Node | null {
  if (r.nextSibling?.parentNode === r.target) return r.nextSibling;
  if (r.previousSibling?.parentNode === r.target) return r.previousSibling.nextSibling;
  return null;
}

export function createDomJournal(root: Node): DomJournal {
  let records: MutationRecord[] = [];
  const watcher = new MutationObserver(() => {
    /* records are taken synchronously in record(); nothing arrives here */
  });
  return {
    record(fn) {
      watcher.observe(root, { childList: true, subtree: true, attributes: true, attributeOldValue: true,
        characterData: true, characterDataOldValue: true });
      try {
        return fn();
      } finally {
        records = records.concat(watcher.takeRecords());
        watcher.disconnect();
      }
    },
    undo() {
      for (let i = records.length - 1; i >= 0; i--) revert(records[i]!);
      records = [];
    },
    get size() {
      return records.length;
    },
  };
}
