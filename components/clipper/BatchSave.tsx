/**
 * "Save all open articles" for the popup: one button, a progress bar while it runs, then a
 * summary and one line per tab saying what happened (saved file, or skipped/failed and why), and
 * how many article tabs of sites not allowed were left alone.
 * The popup may close at any time: the batch goes on in the background, and a popup opened
 * later shows it where it is.
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { startBatch, watchBatch } from '@/lib/ui/batch-client';
import { summarize, type BatchItem } from '@/utils/batch-save';
import type { BatchState } from '@/utils/batch-state';

function reasonText(item: BatchItem): string {
  switch (item.reason) {
    case 'not-article':
      return i18n.t('clipper.batch.reasonNotArticle');
    case 'discarded':
      return i18n.t('clipper.batch.reasonDiscarded');
    case 'loading':
      return i18n.t('clipper.batch.reasonLoading');
    case 'duplicate':
      return i18n.t('clipper.batch.reasonDuplicate');
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

function statusLine(state: BatchState): string {
  const p = state.progress;
  if (!p) return '';
  if (state.status === 'running') {
    return p.total === 0 ? '' : i18n.t('clipper.batch.running', [String(Math.min(p.done + 1, p.total)), String(p.total)]);
  }
  if (p.total === 0) return i18n.t('clipper.batch.none');
  const c = summarize(p);
  return i18n.t('clipper.batch.summary', [String(c.saved), String(c.skipped), String(c.failed)]);
}

/** The loop runs in the background (lib/background/batch-background.ts): this only starts and shows it. */
export function BatchSave() {
  const [state, setState] = useState<BatchState | null>(null);
  const [refused, setRefused] = useState(false);
  const watch = useRef<ReturnType<typeof watchBatch> | null>(null);
  useEffect(() => {
    watch.current = watchBatch(setState);
    return () => watch.current?.stop();
  }, []);
  const start = async () => {
    const res = await startBatch().catch(() => null);
    if (!res) return;
    setRefused(!res.started);
    watch.current?.take(res.state);
  };
  const running = state?.status === 'running';
  const progress = state?.progress ?? null;
  return (
    <div class="batch" data-batch={running ? 'running' : state && state.status !== 'idle' ? 'done' : 'idle'}>
      <button type="button" data-action="save-all-tabs" disabled={running} title={running ? i18n.t('clipper.batch.busy') : undefined} onClick={() => void start()}>
        {i18n.t('clipper.batch.button')}
      </button>
      {refused && running && <p class="note" data-batch-refused="">{i18n.t('clipper.batch.busy')}</p>}
      {state?.status === 'interrupted' && <p class="note" data-batch-interrupted="">{i18n.t('clipper.batch.interrupted')}</p>}
      {progress && running && progress.total > 0 && (
        <progress max={progress.total} value={progress.done} aria-label={i18n.t('clipper.batch.running', [String(progress.done + 1), String(progress.total)])} />
      )}
      <p class="status" role="status" aria-live="polite" data-batch-summary="">
        {state ? statusLine(state) : ''}
      </p>
      {progress && !running && (progress.notAllowed ?? 0) > 0 && (
        <p class="note" data-batch-not-allowed={progress.notAllowed}>{i18n.t('moreSites.batchNotAllowed', [String(progress.notAllowed)])}</p>
      )}
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
