/**
 * The reader view (entrypoints/reader, shown in an iframe over the article's own tab). Title,
 * source, time, author and editor are TEXT; the body goes through <SanitizedHtml> only.
 */
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { watchSettings, getSettings, updateSettings } from '@/lib/shared/settings-store';
import { pageSanitizer } from '@/lib/shared/tab-article';
import type { Article, ExtractResult } from '@/utils/model';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/settings';
import { SanitizedHtml } from './SanitizedHtml';
import { Toolbar } from './Toolbar';
import { CopyPost } from '@/components/clipper/CopyPost';
import { applyTypography } from './typography';

function beijing(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(d);
}

function Byline({ a }: { a: Article }) {
  const bits = [
    a.source && i18n.t('reader.source', [a.source]),
    beijing(a.published),
    a.author && i18n.t('reader.author', [a.author]),
  ].filter(Boolean);
  return <p class="byline" data-field="byline">{bits.join('　')}</p>;
}

function ArticleView({ a }: { a: Article }) {
  return (
    <article lang={a.lang ?? 'zh-CN'}>
      <h1 data-field="title">{a.title}</h1>
      <Byline a={a} />
      <p class="copy-bar">
        <CopyPost article={a} />
        <CopyPost article={a} kind="markdown" />
      </p>
      <SanitizedHtml html={a.html} sanitize={pageSanitizer()} class="article-body" />
      {a.editor && <p class="editor" data-field="editor">{i18n.t('reader.editor', [a.editor])}</p>}
    </article>
  );
}

export function Reader({ load, onClose }: { load(): Promise<ExtractResult>; onClose(): void }) {
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [typo, setTypo] = useState<ReaderSettings>(DEFAULT_SETTINGS.reader);

  useEffect(() => {
    void load().then(setResult, (err: unknown) =>
      setResult({ ok: false, reason: 'no-content', message: err instanceof Error ? err.message : String(err) }));
    void getSettings().then((s) => setTypo(s.reader));
    return watchSettings((s) => setTypo(s.reader));
  }, [load]);
  // Layout effects: applied before the frame paints (and not deferred to an animation frame,
  // which a background tab may not get).
  useLayoutEffect(() => applyTypography(document.documentElement, typo), [typo]);
  useLayoutEffect(() => {
    if (result?.ok) document.title = result.article.title;
  }, [result]);

  const change = (patch: Partial<ReaderSettings>) => {
    setTypo((t) => ({ ...t, ...patch }));
    void updateSettings((s) => ({ ...s, reader: { ...s.reader, ...patch } }));
  };
  return (
    <>
      <Toolbar value={typo} onChange={change} onClose={onClose} />
      <main class="page" data-state={result ? (result.ok ? 'article' : 'failed') : 'loading'}>
        {!result && <p class="note">{i18n.t('reader.loading')}</p>}
        {result && !result.ok && <p class="note">{i18n.t('reader.failed', [result.message])}</p>}
        {result?.ok && <ArticleView a={result.article} />}
      </main>
    </>
  );
}
