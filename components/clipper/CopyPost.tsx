/**
 * Copies the post (the default preset, with the user's options) to the clipboard. Used in the
 * popup and in the reader. Images keep their remote links: a clipboard has no folder beside it.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { getSettings } from '@/lib/settings-store';
import { exportArticle } from '@/utils/export';
import type { Article } from '@/utils/model';

export async function copyPost(article: Article): Promise<void> {
  const s = await getSettings();
  const file = exportArticle(article, s.defaultPreset, s.presets[s.defaultPreset] ?? {});
  await navigator.clipboard.writeText(file.content);
}

export function CopyPost({ article, class: cls }: { article: Article; class?: string }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = () =>
    void copyPost(article).then(
      () => setStatus({ ok: true, text: i18n.t('clipper.copiedPost') }),
      (err: unknown) => setStatus({ ok: false, text: i18n.t('clipper.copyFailed', [err instanceof Error ? err.message : String(err)]) }),
    );
  return (
    <>
      <button type="button" class={cls} data-action="copy-post" onClick={copy}>{i18n.t('clipper.copyPost')}</button>
      {status && <span class="copy-status" role="status" data-status={status.ok ? 'ok' : 'error'}>{status.text}</span>}
    </>
  );
}
