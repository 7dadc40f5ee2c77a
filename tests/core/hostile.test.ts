// @vitest-environment jsdom
/**
 * Hostile inputs (what a page could carry to attack the reader or the export) through extractArticle with the real sanitizer:
 * titles and sources are text, never HTML; scripts, handlers, javascript: links, iframes,
 * forms, meta refresh, <base> and DOM clobbering do not survive; template syntax is left as text
 * (escaping it for Hexo is the export's job).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { htmlDoc, parse } from './helpers/corpus';

function page(title: string, body: string, date = '2022年07月25日 22:31'): Document {
  return parse(
    `<!doctype html><html><head><meta property="og:url" content="https://finance.sina.com.cn/china/2022-07-25/doc-ihostile0000001.shtml"></head><body>
<h1 class="main-title">${title}</h1><div class="date-source"><span class="date">${date}</span><span class="source">来源&lt;b&gt;</span></div>
<div id="artibody">${body}<p class="article-editor">责任编辑：x</p></div></body></html>`,
    'jsdom',
  );
}

const HOSTILE_BODY = `<p>　　正文{{ page.title }}{% endraw %}{#</p>
<p><img src=x onerror="alert(1)"><svg onload="alert(2)"></svg></p>
<p><a href="JaVaScRiPt:alert(3)">a</a><a href=" javascript:alert(4)">b</a><a href="jav&#x09;ascript:alert(5)">c</a><a href="vbscript:x">d</a><a href="data:text/html,<script>alert(6)</script>">e</a></p>
<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x"><form action="https://evil.example/"><input name="q"></form>
<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">
<p id="location">clobber</p><style>body{display:none}</style>`;

describe('hostile pages', () => {
  it('titles and sources stay text', () => {
    const r = extractArticle(page('&lt;script&gt;alert(1)&lt;/script&gt; #标题: "引号" \'单\'', '<p>　　正文。</p>'), {});
    if (!r.ok) throw new Error(r.message);
    expect(r.article.title).toBe('<script>alert(1)</script> #标题: "引号" \'单\'');
    expect(r.article.source).toBe('来源<b>');
  });

  it('nothing executable survives the body', () => {
    const r = extractArticle(page('标题', HOSTILE_BODY), {});
    if (!r.ok) throw new Error(r.message);
    const html = r.article.html;
    const doc = htmlDoc(html);
    expect(doc.querySelectorAll('script, iframe, object, embed, form, input, meta, base, style, svg').length).toBe(0);
    expect(html).not.toMatch(/onerror|onload|javascript:|vbscript:|data:text/i);
    expect(doc.getElementById('x')?.querySelector('[id]')).toBeNull(); // DOM clobbering ids gone
    expect(doc.getElementById('x')?.textContent).toContain('{{ page.title }}{% endraw %}{#');
    expect(r.article.editor).toBe('x');
  });

  it.each([['', undefined], ['明天', undefined], ['2022年02月30日 10:00', undefined], ['2022年07月26日 00:05', '2022-07-25T16:05:00.000Z']])(
    'date %j → %s',
    (date, iso) => {
      const r = extractArticle(page('标题', '<p>　　正文。</p>', date), {});
      if (!r.ok) throw new Error(r.message);
      expect(r.article.published).toBe(iso);
    },
  );

  it('an empty article body is "no-content", not an empty article', () => {
    const r = extractArticle(page('标题', '<p>　　</p><div class="appendQr_wrap"><img src="https://n.sinaimg.cn/q.png"></div>'), {});
    expect(r).toMatchObject({ ok: false, reason: 'no-content', template: 'sina-desktop' });
  });
});
