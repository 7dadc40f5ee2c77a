/**
 * The `html` export: one standalone UTF-8 page for offline reading. The article body is the
 * already-sanitized `article.html`; everything else (title, source, date, link) is TEXT, escaped
 * here. Defence in depth: a CSP that forbids every script, and no referrer for Sina's image hosts.
 */
import type { Article } from '../model';
import { formatDate } from './front-matter';
import { cleanText } from './text';

/** Text → HTML text/attribute content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSP = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Readable CJK defaults: system CJK fonts, ~38 characters a line, images within the column. */
const STYLE = `
body{margin:0 auto;max-width:38em;padding:2em 1em;font:18px/1.8 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;background:#fff}
h1{font-size:1.6em;line-height:1.4;margin:0 0 .4em}
.meta{color:#666;font-size:.85em;margin-bottom:2em}
.meta a{color:inherit}
img{max-width:100%;height:auto}
.img_wrapper{text-align:center;margin:1em 0}.img_descr{display:block;color:#666;font-size:.85em}
table{border-collapse:collapse;max-width:100%;overflow-x:auto;display:block}td,th{border:1px solid #ccc;padding:.3em .6em}
blockquote{margin:1em 0;padding:0 1em;border-left:3px solid #ddd;color:#555}
pre{overflow-x:auto;background:#f6f6f6;padding:.8em}
@media (prefers-color-scheme:dark){body{color:#ddd;background:#1b1b1b}.meta,.img_descr,blockquote{color:#aaa}}
`.trim();

/** `2022-07-25 22:31 (UTC+8)`: Sina's readers read Beijing time. */
function beijingTime(iso: string | undefined): string {
  const utc = formatDate(iso, 'iso');
  if (!utc) return '';
  const bj = new Date(Date.parse(utc) + 8 * 3600_000).toISOString();
  return `${bj.slice(0, 10)} ${bj.slice(11, 16)} (UTC+8)`;
}

function metaLine(article: Article): string {
  const parts: string[] = [];
  const source = cleanText(article.source ?? article.siteName ?? '');
  if (source) parts.push(`<span>${escapeHtml(source)}</span>`);
  const author = cleanText(article.author ?? '');
  if (author) parts.push(`<span>${escapeHtml(author)}</span>`);
  const when = beijingTime(article.published);
  if (when) parts.push(`<time datetime="${escapeHtml(formatDate(article.published, 'iso'))}">${escapeHtml(when)}</time>`);
  if (/^https?:\/\//i.test(article.url)) {
    parts.push(`<a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${escapeHtml(article.url)}</a>`);
  }
  return parts.join(' · ');
}

export function exportHtml(article: Article): string {
  const title = escapeHtml(cleanText(article.title));
  const lang = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(article.lang ?? '') ? article.lang! : 'zh-CN';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${title}</h1>
<p class="meta">${metaLine(article)}</p>
${article.html.trim()}
</article>
</body>
</html>
`;
}
