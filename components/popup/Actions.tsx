/** The popup's buttons; each has a `data-action` the browser tests press. */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CleanReport } from '@/lib/protocol/messages';
import { copyMarkdown, saveArticle, setAutoReader, setCleaning, toggleReader } from '@/lib/ui/popup-actions';
import type { Article } from '@/utils/model';
import { CopyPost } from '@/components/clipper/CopyPost';

interface Props {
  tabId: number;
  article: Article | null;
  report: CleanReport;
  autoReader: boolean;
  /** Cleaning is on for this host in the settings. */
  cleanOn: boolean;
  /** Our live cleaner runs here (Sina, a granted site): the per-host switches are offered. */
  live: boolean;
  /** Re-read the tab's report after a change. */
  onChanged(): Promise<void>;
  /** Close the popup (not when it was opened in a tab with ?tabId). */
  onDone(): void;
}

type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function Button(p: { action: string; pressed?: boolean; focus?: boolean; onClick(): void; children: ComponentChildren }) {
  return (
    <button type="button" data-action={p.action} aria-pressed={p.pressed} autoFocus={p.focus} onClick={p.onClick}>
      {p.children}
    </button>
  );
}

export function Actions({ tabId, article, report, autoReader, cleanOn, live, onChanged, onDone }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const run = (fn: () => Promise<Status>) => () =>
    void fn().then(setStatus, (err: unknown) => setStatus({ kind: 'error', text: message(err) }));

  const save = (preset?: string) =>
    run(async () => {
      if (!article) return null;
      setStatus({ kind: 'info', text: i18n.t('popup.saving') });
      const r = await saveArticle(article, preset);
      if (r.ok && r.images.failed.length) {
        return { kind: 'error', text: `${i18n.t('popup.saved', [r.filename])} ${i18n.t('clipper.imagesFailed', [String(r.images.failed.length)])}` };
      }
      if (r.ok) return { kind: 'ok', text: i18n.t('popup.saved', [r.filename]) };
      // Chrome says USER_CANCELED, Firefox "Download canceled by the user".
      const text = /cancel/i.test(r.error) ? i18n.t('popup.saveCancelled') : i18n.t('popup.saveFailed', [r.error]);
      return { kind: 'error', text };
    });
  const copy = run(async () => {
    if (!article) return null;
    await copyMarkdown(article).catch((err: unknown) => Promise.reject(new Error(i18n.t('popup.copyFailed', [message(err)]))));
    return { kind: 'ok', text: i18n.t('popup.copied') };
  });
  const reader = run(async () => {
    const open = await toggleReader(tabId);
    await onChanged();
    if (open) onDone();
    return null;
  });
  const toggle = (fn: () => Promise<unknown>) => run(async () => (await fn(), await onChanged(), null));

  return (
    <div class="actions">
      {article && (
        <>
          <Button action="save-post" focus onClick={save()}>{i18n.t('popup.savePost')}</Button>
          <Button action="save-markdown" onClick={save('markdown')}>{i18n.t('popup.saveMarkdown')}</Button>
          <Button action="copy-markdown" onClick={copy}>{i18n.t('popup.copyMarkdown')}</Button>
          <CopyPost article={article} />
          <Button action="open-reader" pressed={report.readerOpen} onClick={reader}>
            {report.readerOpen ? i18n.t('popup.closeReader') : i18n.t('popup.openReader')}
          </Button>
        </>
      )}
      {live && (
        <Button action="toggle-clean" pressed={cleanOn} onClick={toggle(() => setCleaning(tabId, report.host, !cleanOn))}>
          {cleanOn ? i18n.t('popup.cleanOn') : i18n.t('popup.cleanOff')}
        </Button>
      )}
      {live && article && (
        <Button action="toggle-auto-reader" pressed={autoReader} onClick={toggle(() => setAutoReader(report.host, !autoReader))}>
          {autoReader ? i18n.t('popup.autoReaderOn') : i18n.t('popup.autoReaderOff')}
        </Button>
      )}
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite" data-status={status?.kind ?? ''}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
