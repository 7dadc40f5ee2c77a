/**
 * Copies the post (the default preset, with the user's options) or its Markdown to the clipboard.
 * Used in the popup and in the reader. Images keep their remote links: a clipboard has no folder
 * beside it.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { copyExport } from '@/lib/ui/copy-export';
import type { Article } from '@/utils/model';

interface Props {
  article: Article;
  /** `markdown`: the Markdown preset (`copy-markdown`); otherwise the post (`copy-post`). */
  kind?: 'post' | 'markdown';
  class?: string;
}

export function CopyPost({ article, kind = 'post', class: cls }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const md = kind === 'markdown';
  const copy = () =>
    void copyExport(article, md ? 'markdown' : undefined).then(
      () => setStatus({ ok: true, text: md ? i18n.t('clipper.copiedMarkdown') : i18n.t('clipper.copiedPost') }),
      (err: unknown) => setStatus({ ok: false, text: i18n.t('clipper.copyFailed', [err instanceof Error ? err.message : String(err)]) }),
    );
  return (
    <>
      <button type="button" class={cls} data-action={md ? 'copy-markdown' : 'copy-post'} onClick={copy}>
        {md ? i18n.t('clipper.copyMarkdown') : i18n.t('clipper.copyPost')}
      </button>
      {status && <span class="copy-status" role="status" data-status={status.ok ? 'ok' : 'error'}>{status.text}</span>}
    </>
  );
}
