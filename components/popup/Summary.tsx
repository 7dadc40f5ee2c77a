/** What was detected on the page: template, title, time, source, junk counts. All text, no HTML. */
import { i18n } from '#i18n';
import type { CleanReport } from '@/lib/protocol/messages';
import type { Article, TemplateId } from '@/utils/model';
import type { SiteTemplateId } from '@/utils/sites/ids';

const TEMPLATE_KEYS = {
  'sina-desktop': 'template.sinaDesktop',
  'sina-news': 'template.sinaNews',
  'sina-legacy': 'template.sinaLegacy',
  'sina-mobile': 'template.sinaMobile',
  readability: 'template.readability',
} as const satisfies Record<Exclude<TemplateId, SiteTemplateId>, string>;

/** Sina's templates and Readability by name; another site's template by its id (`netease-post`). */
export function templateLabel(t: TemplateId): string {
  return t in TEMPLATE_KEYS ? i18n.t(TEMPLATE_KEYS[t as keyof typeof TEMPLATE_KEYS]) : t;
}

/** Beijing time, as Sina prints it (pages are UTC+8 all year). */
function beijing(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(d);
}

export function Summary({ article, report }: { article: Article; report: CleanReport }) {
  const rows: [string, string, string][] = [
    ['template', i18n.t('popup.template'), templateLabel(article.template)],
    ['title', i18n.t('popup.title'), article.title],
    ['published', i18n.t('popup.published'), beijing(article.published)],
    ['source', i18n.t('popup.source'), article.source ?? ''],
  ];
  return (
    <section aria-label={i18n.t('popup.detected')}>
      <dl class="summary">
        {rows.filter(([, , v]) => v).map(([key, label, value]) => (
          <div class="row" key={key} data-field={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.detection.site === 'sina' && (
        <p class="junk" data-field="junk">
          {report.cleaning ? i18n.t('popup.junk', [String(report.hidden), String(report.removed)]) : i18n.t('popup.cleaningOff')}
        </p>
      )}
    </section>
  );
}
