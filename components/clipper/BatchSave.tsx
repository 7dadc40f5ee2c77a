/**
 * "Save all open Sina articles" for the popup: one button, a progress bar while it runs, then a
 * summary and one line per tab saying what happened (saved file, or skipped/failed and why).
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { saveAllTabs, summarize, type BatchItem, type BatchProgress } from '@/lib/batch-save';

function reasonText(item: BatchItem): string {
  switch (item.reason) {
    case 'not-article':
      return i18n.t('clipper.batch.reasonNotArticle');
    case 'discarded':
      return i18n.t('clipper.batch.reasonDiscarded');
    case 'loading':
      return i18n.t('clipper.batch.reasonLoading');
    default:
      return i18n.t('clipper.batch.reasonError', [item.detail ?? '']);
  }
}

function statusText(item: BatchItem): string {
  // The file's own name: the downloads folder's absolute path is noise in a 340 px popup.
  if (item.status === 'saved') return `${i18n.t('clipper.batch.saved')}: ${(item.detail ?? '').split(/[\\/]/).pop() ?? ''}`;
  const label = item.status === 'skipped' ? i18n.t('clipper.batch.skipped') : i18n.t('clipper.batch.failed');
  return `${label}: ${reasonText(item)}`;
}

export function BatchSave() {
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [running, setRunning] = useState(false);
  const start = async () => {
    setRunning(true);
    try {
      await saveAllTabs(setProgress);
    } finally {
      setRunning(false);
    }
  };
  const counts = progress && summarize(progress);
  return (
    <div class="batch" data-batch={running ? 'running' : progress ? 'done' : 'idle'}>
      <button type="button" data-action="save-all-tabs" disabled={running} onClick={() => void start()}>
        {i18n.t('clipper.batch.button')}
      </button>
      {progress && running && progress.total > 0 && (
        <progress max={progress.total} value={progress.done} aria-label={i18n.t('clipper.batch.running', [String(progress.done + 1), String(progress.total)])} />
      )}
      <p class="status" role="status" aria-live="polite" data-batch-summary="">
        {!progress ? '' : progress.total === 0 ? i18n.t('clipper.batch.none')
          : running ? i18n.t('clipper.batch.running', [String(Math.min(progress.done + 1, progress.total)), String(progress.total)])
          : i18n.t('clipper.batch.summary', [String(counts?.saved ?? 0), String(counts?.skipped ?? 0), String(counts?.failed ?? 0)])}
      </p>
      {progress && progress.items.length > 0 && (
        <ul class="batch-items">
          {progress.items.map((it) => (
            <li key={it.tabId} data-status={it.status} data-tab-id={it.tabId} title={it.url}>
              <span class="batch-title">{it.title || it.url}</span> — {statusText(it)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
