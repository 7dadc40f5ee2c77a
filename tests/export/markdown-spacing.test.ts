/**
 * Line-start indentation and word gaps in the Markdown body (utils/export/markdown-indent.ts):
 * Sina's `　　`/NBSP indentation goes where a line starts (a block, after `<br>`), and only there;
 * the space between two links or after a link is a word gap and stays; tables and code are left
 * as they are. Runs under happy-dom, like the popup's DOMParser; golden-node.test.ts runs the
 * goldens in plain Node.
 */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../utils/export/markdown';

describe('Markdown word gaps', () => {
  it.each([
    ['<p><a href="https://a.cn/">a</a> <a href="https://b.cn/">js2</a></p>', '[a](https://a.cn/) [js2](https://b.cn/)'],
    ['<p><a href="https://a.cn/">a</a> js2</p>', '[a](https://a.cn/) js2'],
    ['<p><a href="https://a.cn/">a</a>&nbsp;<a href="https://b.cn/">b</a></p>', '[a](https://a.cn/) [b](https://b.cn/)'],
    ['<p><span>a</span> <span>js2</span></p>', 'a js2'],
    ['<p><strong>涨</strong> 1. 跌</p>', '**涨** 1. 跌'],
    ['<p>查看&gt;&gt; <img src="https://n.sinaimg.cn/x.png"></p>', '查看&gt;&gt; ![](https://n.sinaimg.cn/x.png)'],
  ])('%s', (html, md) => {
    expect(htmlToMarkdown(html)).toBe(md);
  });
});

describe('Markdown line-start indentation', () => {
  it.each([
    ['<p>　　1. 第一</p>', '1\\. 第一'],
    ['<p>&nbsp; &nbsp;正文</p>', '正文'],
    ['<p>　<strong>　缩进</strong>正文</p>', '**缩进**正文'],
    ['<p>　　<a href="https://a.cn/">　链接</a>后</p>', '[链接](https://a.cn/)后'],
    ['<p>第一行<br>　　2. 第二行</p>', '第一行  \n2\\. 第二行'],
    ['<p><span>第一行<br></span>&nbsp;&nbsp;# 第二行</p>', '第一行  \n\\# 第二行'],
    ['<h2>　　小标题</h2>', '## 小标题'],
    ['<ul><li>　　要点</li></ul>', '-   要点'],
    ['<blockquote><p>　　引用</p></blockquote>', '> 引用'],
  ])('%s', (html, md) => {
    expect(htmlToMarkdown(html)).toBe(md);
  });

  it('keeps the indentation inside a table kept as HTML and inside code', () => {
    const table = '<table><tbody><tr><td rowspan="2">分组</td><td>a</td></tr><tr><td>　　　制造业</td></tr></tbody></table>';
    expect(htmlToMarkdown(table)).toBe(table);
    expect(htmlToMarkdown('<pre>x<br>　　y</pre>')).toBe('```\nx　　y\n```');
  });
});
