/**
 * Seeded tag soup for tests/cli/article-pass.test.ts: the class names, ids and attributes the Sina
 * rules read (utils/sites/sina.ts), nested at random, with what real pages get wrong: end tags left
 * out or stray, `<x/>` on normal elements, SVG, raw-text elements, entities, comments.
 */

/** mulberry32: small, seedable, the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['div', 'div', 'div', 'p', 'p', 'span', 'a', 'ul', 'li', 'table', 'tr', 'td', 'h1', 'section', 'article', 'svg', 'title', 'script', 'textarea', 'br', 'img', 'meta', 'link', 'b', 'font', 'time', 'desc'];
const CLASSES = ['main-title', 'date-source', 'date', 'source', 'article-editor', 'show_author', 'channel-path', 'bread', 'time-source', 'art_content', 'art_box', 'weibo_info', 'weibo_user', 'art_tit_h1', 'weibo_time', 'x', 'y'];
const IDS = ['artibody', 'artibody', 'article', 'pub_date', 'media_name', 'keywords', 'artibodyTitle', 'other'];
const EXTRA = [
  'data-sudaclick="media_name"', 'data-sudaclick="content_author_p"', 'docid="123"', 'data-wbkey="词一,词二"',
  'rel="canonical" href="https://finance.sina.com.cn/roll/2024-01-01/doc-iabcdef1234567.shtml"',
  'name="keywords" content="关键,词"', 'property="og:title" content="标&amp;题"', 'title="a&quot;b"', "data-x='</div>'",
];
const TEXTS = ['正文一段', '2024年05月16日 17:02', '责任编辑：王蒙', '新京报', 'a &amp; b &lt; c', '作者：某人', ' ', '中文&nbsp;字'];

export function soup(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let budget = 60;

  const attrs = (): string => {
    let s = '';
    if (r() < 0.5) s += ` class="${pick(CLASSES)}${r() < 0.3 ? ' ' + pick(CLASSES) : ''}"`;
    if (r() < 0.35) s += ` id="${pick(IDS)}"`;
    if (r() < 0.2) s += ' ' + pick(EXTRA);
    return s;
  };

  const node = (depth: number): string => {
    budget--;
    const roll = r();
    if (roll < 0.2 || depth > 7 || budget <= 0) return pick(TEXTS);
    if (roll < 0.25) return `<!-- ${pick(['</div>', 'x', '<p>'])} -->`;
    if (roll < 0.28) return `</${pick(TAGS)}>`; // stray end tag
    const tag = pick(TAGS);
    if (r() < 0.05) return `<${tag}${attrs()}/>`;
    let inner = '';
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) inner += node(depth + 1);
    const end = r() < 0.92 ? `</${tag}>` : ''; // end tag left out
    return `<${tag}${attrs()}>${inner}${end}`;
  };

  let body = '';
  while (budget > 0) body += node(0);
  const head = `<head><meta charset="utf-8"><title>标题_新浪财经_新浪网</title>${r() < 0.5 ? '<link rel="canonical" href="https://finance.sina.com.cn/roll/2024-01-01/doc-iabcdef1234567.shtml">' : ''}</head>`;
  const roll = r();
  if (roll < 0.6) return `<!DOCTYPE html><html lang="zh-CN">${head}<body>${body}</body></html>`;
  if (roll < 0.8) return `${head}${body}`;
  return body;
}
