// @vitest-environment jsdom
/**
 * The standalone HTML export: UTF-8, no referrer, a CSP without scripts, title/source/date/link
 * as escaped TEXT, and nothing executable even when the metadata is hostile.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export';
import { createSanitizer } from '../../utils/sanitize';
import { article } from './helpers';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const HOSTILE = '</title><script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

function render(over = {}) {
  const file = exportArticle(article(over), 'html');
  return { file, doc: new JSDOM(file.content).window.document };
}

describe('html export', () => {
  it('is a UTF-8 page with no-referrer and a CSP that forbids scripts', () => {
    const { file, doc } = render();
    expect(file.mime).toBe('text/html;charset=utf-8');
    expect(file.filename).toBe('景俊海韩俊率队与国家有关部委举行工作会谈.html');
    expect(file.content.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src|unsafe-eval/);
    expect(doc.documentElement.lang).toBe('zh-CN');
  });

  it('writes title, source, date (Beijing) and link as text', () => {
    const { doc } = render();
    expect(doc.title).toBe('景俊海韩俊率队与国家有关部委举行工作会谈');
    expect(doc.querySelector('h1')?.textContent).toBe(doc.title);
    const meta = doc.querySelector('.meta');
    expect(meta?.textContent).toContain('吉林省人民政府网');
    expect(meta?.querySelector('time')?.textContent).toBe('2022-07-25 22:31 (UTC+8)');
    expect(meta?.querySelector('time')?.getAttribute('datetime')).toBe('2022-07-25T14:31:46Z');
    expect(meta?.querySelector('a')?.getAttribute('href')).toBe(article().url);
  });

  it('escapes a hostile title, source and author: no script, no handler, text intact', () => {
    const { doc, file } = render({ title: HOSTILE, source: HOSTILE, author: HOSTILE, url: 'javascript:alert(3)' });
    expect(doc.querySelectorAll('script, img[onerror]').length).toBe(0);
    expect(doc.querySelectorAll('[onerror], [onload]').length).toBe(0);
    expect(doc.title).toBe(HOSTILE);
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.meta a')).toBeNull();
    expect(file.content).not.toContain('<script>');
  });

  it('contains the sanitized article only', () => {
    const body = sanitize('<p>正文<img src="https://n.sinaimg.cn/a.png" onerror="x"></p><script>alert(1)</script>');
    const { doc } = render({ html: body });
    const article = doc.querySelector('article');
    expect(article?.querySelectorAll('script').length).toBe(0);
    expect(article?.querySelector('p:not(.meta)')?.textContent).toBe('正文');
    expect(article?.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('omits the date and source when unknown and falls back to zh-CN for a bad lang', () => {
    const { doc } = render({ published: undefined, source: undefined, siteName: undefined, lang: 'x"><script>' });
    expect(doc.querySelector('time')).toBeNull();
    expect(doc.documentElement.lang).toBe('zh-CN');
  });
});
