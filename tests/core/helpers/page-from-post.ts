/**
 * Put a real archived post body (../shared/corpus/posts/*.md, each a real `#artibody` of
 * 2021–2023) back into the 2018+ desktop page gne-finance-roll-2018-12-28-ihqfskcn2160999.html,
 * in place of that page's #artibody content, with the post's title/time/source/URL.
 * String surgery on the page text: the page is otherwise byte for byte the real one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGES, POSTS } from './corpus';

export const HOST_PAGE = 'gne-finance-roll-2018-12-28-ihqfskcn2160999.html';

export interface Post {
  title: string;
  date: string;
  headimg?: string;
  /** The `#artibody` inner HTML, with `&#123;`/`&#125;` decoded back to `{`/`}`. */
  body: string;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith('"') && t.endsWith('"')) return JSON.parse(t) as string;
  return t;
}

export function readPost(file: string): Post {
  const text = fs.readFileSync(path.isAbsolute(file) ? file : path.join(POSTS, file), 'utf8');
  const m = /^\s*---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m?.[1] || m[2] === undefined) throw new Error(`no front matter in ${file}`);
  const fm = m[1];
  const field = (k: string): string | undefined => {
    const line = new RegExp(`^${k}:(.*)$`, 'm').exec(fm)?.[1];
    return line === undefined ? undefined : unquote(line);
  };
  let body = m[2].replace(/&#123;/g, '{').replace(/&#125;/g, '}');
  // The archive wraps the #artibody HTML in one <div> … </div>.
  const open = body.indexOf('<div>');
  const close = body.lastIndexOf('</div>');
  if (open >= 0 && close > open) body = body.slice(open + 5, close);
  return { title: field('title') ?? '', date: field('date') ?? '', headimg: field('headimg'), body };
}

export interface PageOptions {
  title: string;
  body: string;
  /** Visible date, e.g. `2022年07月25日 22:31`. */
  dateText?: string;
  /** `article:published_time`, e.g. `2022-07-25T22:31:46+08:00`; omitted → the meta is removed. */
  publishedMeta?: string;
  source?: string;
  url?: string;
}

function replaceOnce(s: string, re: RegExp, to: string): string {
  if (!re.test(s)) throw new Error(`host page changed: ${re}`);
  return s.replace(re, () => to);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The host page with `opts` in place of its article. */
export function pageFromPost(opts: PageOptions): string {
  let p = fs.readFileSync(path.join(PAGES, HOST_PAGE), 'utf8');
  const start = p.indexOf('<div class="article" id="artibody">');
  const endMarker = p.indexOf('<!-- 原始正文end -->', start);
  const close = p.lastIndexOf('</div>', endMarker);
  if (start < 0 || close < start) throw new Error('host page changed: #artibody');
  const openEnd = start + '<div class="article" id="artibody">'.length;
  p = p.slice(0, openEnd) + '\n' + opts.body + '\n' + p.slice(close);
  p = replaceOnce(p, /<h1 class="main-title">[^<]*<\/h1>/, `<h1 class="main-title">${esc(opts.title)}</h1>`);
  p = replaceOnce(p, /<span class="date">[^<]*<\/span>/, `<span class="date">${esc(opts.dateText ?? '')}</span>`);
  p = replaceOnce(p, /(class="source ent-source"[^>]*>)[^<]*</, `$1${esc(opts.source ?? '')}<`);
  const url = opts.url ?? 'https://finance.sina.com.cn/china/gncj/2022-01-01/doc-itestpage0000001.shtml';
  p = replaceOnce(p, /<meta property="og:url" content="[^"]*">/, `<meta property="og:url" content="${esc(url)}">`);
  const meta = opts.publishedMeta ? `<meta property="article:published_time" content="${esc(opts.publishedMeta)}">` : '';
  p = replaceOnce(p, /<meta property="article:published_time" content="[^"]*">/, meta);
  return p;
}
