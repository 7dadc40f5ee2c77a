/**
 * Saving a post's images beside it (pure: strings in, strings out; utils/save-images.ts runs the
 * downloads, which lib/background/downloads.ts makes).
 *
 * 1. `collectImageUrls(article.html)`: the http(s) image addresses of the cleaned body, in order,
 *    without duplicates (the lead image is the first picture of the body, so it is among them).
 * 2. `planImages(urls, folder)`: a local path `<folder>/<n>.<ext>` for each.
 * 3. After the downloads, `rewriteImageLinks(post, saved)` points the post's BODY at the files that
 *    arrived; a failed image keeps its remote link. Front matter (`headimg`, `thumbnail`) keeps the
 *    remote address: Hexo themes put those into pages at other URLs, where a relative path breaks.
 *
 * Links are relative to the post file (`<name>.md` next to `<name>/1.jpg`), which Obsidian, Typora,
 * Jekyll/Hugo page bundles and Hexo's `post_asset_folder` all resolve.
 */
import type { Article } from './model';
import { safeFilename } from './export/filename';
import { beijingDate } from './export/text';

export interface PlannedImage {
  url: string;
  /** Download path relative to the downloads folder, `/`-separated: `<folder>/<n>.<ext>`. */
  path: string;
}

/** More pictures than this is a gallery, not an article; the rest keep their remote links. */
export const MAX_IMAGES = 200;

const IMG_TAG = /<img((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi;
const SRC_ATTR = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The few entities a serializer writes inside an attribute value. */
function decodeAttr(v: string): string {
  return v.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_m, e: string) =>
    ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _m,
  );
}

function httpUrl(v: string): string | undefined {
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined; // relative or broken: the cleaner made every real image URL absolute
  }
}

/** `<img src>` addresses of sanitized HTML (DOMPurify's serialisation), in order, deduplicated. */
export function collectImageUrls(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(IMG_TAG)) {
    const src = SRC_ATTR.exec(m[1] ?? '');
    const raw = src ? (src[1] ?? src[2] ?? src[3] ?? '') : '';
    const url = httpUrl(decodeAttr(raw));
    if (url) out.add(url);
    if (out.size >= MAX_IMAGES) break;
  }
  return [...out];
}

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'bmp', 'svg'];

/** File extension from the URL's path (`…/036e-eb35….png` → `png`); `jpg` when it says nothing. */
export function imageExtension(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  const ext = /\.([a-z0-9]{2,5})$/i.exec(last)?.[1]?.toLowerCase() ?? '';
  if (ext === 'jpeg') return 'jpg';
  return EXTENSIONS.includes(ext) ? ext : 'jpg';
}

/**
 * The image folder for a post: `pattern` with `{name}` (post file name without extension),
 * `{title}`, `{docid}`, `{date}`; each path segment made safe like a file name.
 */
export function imageFolder(pattern: string, postFilename: string, article: Article): string {
  const values: Record<string, string> = {
    name: postFilename.replace(/\.[a-z0-9]+$/i, ''),
    title: article.title,
    docid: article.docId ?? '',
    date: beijingDate(article.published),
  };
  const expanded = pattern.replace(/\{(name|title|docid|date)\}/g, (_m, k: string) => values[k] ?? '');
  const segments = expanded
    .split(/[\\/]+/)
    .filter((s) => s.trim() && s !== '.' && s !== '..')
    .map((s) => safeFilename(s, '', 120));
  return segments.length ? segments.join('/') : safeFilename(values.name ?? '', '', 120);
}

export function planImages(urls: readonly string[], folder: string): PlannedImage[] {
  return urls.slice(0, MAX_IMAGES).map((url, i) => ({ url, path: `${folder}/${i + 1}.${imageExtension(url)}` }));
}

/** A relative link that survives Markdown `(…)` and HTML attributes: only the risky characters escaped. */
export function linkForPath(path: string): string {
  return path
    .split('/')
    .map((seg) => seg.replace(/[%\s()<>"'#?[\]&]/g, (c) => (/[()']/.test(c) ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(c))))
    .join('/');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `---\n…\n---\n` at the very start, as every preset but `html` writes it. */
export function splitFrontMatter(content: string): { head: string; body: string } {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(content);
  return m ? { head: m[0], body: content.slice(m[0].length) } : { head: '', body: content };
}

/**
 * Points every occurrence of a saved image's URL in the post's body (raw in Markdown, `&amp;`-escaped
 * in HTML) at its local path. Longest URLs first, and a match must end where the URL ends, so
 * `a.jpg` never eats into `a.jpg?w=640`. `saved`: URL → path relative to the post.
 */
export function rewriteImageLinks(content: string, saved: ReadonlyMap<string, string>): string {
  const { head, body } = splitFrontMatter(content);
  const urls = [...saved.keys()].sort((a, b) => b.length - a.length);
  if (!urls.length) return content;
  const forms = new Map<string, string>();
  for (const u of urls) {
    const link = linkForPath(saved.get(u) ?? '');
    forms.set(u, link);
    forms.set(escapeHtml(u), link);
  }
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(${alternatives.join('|')})(?=$|["'\\s)<>])`, 'g');
  return head + body.replace(re, (m) => forms.get(m) ?? m);
}
