// @vitest-environment node
/** Charset sniffing and decoding of saved pages (cli/decode.ts), on corpus bytes and made-up ones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { itCorpus } from '../support/corpus';
import { decodeHtml, declaredCharset, looksBinary } from '../../cli/decode';
import { PAGES } from './support/cli';

describe('decodeHtml', () => {
  itCorpus('GB2312-declared corpus page → decoded as GB18030 (superset), readable Chinese', () => {
    const d = decodeHtml(readFileSync(path.join(PAGES, 'cwced-legacy2005-gb2312-house-finance-2005-03-31.html')));
    expect(d.declared).toBe('gb2312');
    expect(d.charset).toBe('gb18030');
    expect(d.text).toContain('拿出10万元投资房产');
    expect(d.text).not.toContain('\ufffd');
  });

  itCorpus('the kx724 trap: declares gb2312, bytes are UTF-8 → UTF-8', () => {
    const d = decodeHtml(readFileSync(path.join(PAGES, 'kx724-nonarticle-vipstock-corp-financesummary-600519.html')));
    expect(d.declared).toBe('gb2312');
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('贵州茅台(600519)财务摘要');
  });

  it('GBK-only characters survive (朱镕基), BOMs win over declarations and are removed', () => {
    const html = '<meta charset="gb2312"><p>朱镕基</p>';
    expect(decodeHtml(iconv.encode(html, 'gbk')).text).toBe(html);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]);
    expect(decodeHtml(bom)).toMatchObject({ text: html, charset: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(decodeHtml(le)).toMatchObject({ text: html, charset: 'utf-16le' });
  });

  it('undeclared non-UTF-8 bytes are read as GB18030 (the 2004-era Sina default)', () => {
    expect(decodeHtml(iconv.encode('<p>新浪财经</p>', 'gb18030')).text).toBe('<p>新浪财经</p>');
  });

  it.each([
    ['<meta charset="GBK">', 'gbk'],
    ["<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>", 'gb2312'],
    ['<meta content="text/html;charset=utf-8" http-equiv="content-type">', 'utf-8'],
    ['<meta name="description" content="charset-free">', undefined],
  ])('declaredCharset(%s) = %s', (head, cs) => {
    expect(declaredCharset(head)).toBe(cs);
  });

  it('binary data is recognised, UTF-16 text is not binary', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>x</p>', 'utf16le')]))).toBe(false);
    expect(looksBinary(Buffer.from('<p>新浪</p>'))).toBe(false);
  });
});

/** Bytes of a page: ASCII markup around GBK-encoded Chinese (invalid as UTF-8, so the declaration decides). */
const gbkPage = (head: string, body = '新浪财经'): Buffer => Buffer.concat([Buffer.from(head, 'latin1'), iconv.encode(`<p>${body}</p>`, 'gbk')]);

describe('decodeHtml follows the browser rules (WHATWG encoding sniffing)', () => {
  it('a <meta> declaring UTF-16 means UTF-8 (bytes that are not valid UTF-8 get U+FFFD, not UTF-16 garbage)', () => {
    const buf = Buffer.concat([Buffer.from('<meta charset="utf-16"><p>新浪'), Buffer.from([0xff]), Buffer.from('财经</p>')]);
    const d = decodeHtml(buf);
    expect(d.charset).toBe('utf-8');
    expect(d.text).toBe('<meta charset="utf-16"><p>新浪\ufffd财经</p>');
  });

  it('UTF-7 is not honoured: its +ADw- stays text, the page falls back to GBK', () => {
    const d = decodeHtml(gbkPage('<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>'));
    expect(d.text).not.toContain('<script>');
    expect(d.text).toContain('+ADw-script+AD4-');
    expect(d.text).toContain('新浪财经');
    expect(d.charset).toBe('gb18030');
  });

  it('a "replacement" label (iso-2022-kr) is not honoured either', () => {
    expect(decodeHtml(gbkPage('<meta charset="iso-2022-kr">')).text).toContain('新浪财经');
  });

  it('labels map through the WHATWG table: iso-8859-1 and x-user-defined are windows-1252', () => {
    const bytes = (label: string) => Buffer.concat([Buffer.from(`<meta charset="${label}"><p>`), Buffer.from([0x93, 0x61, 0x94, 0x20, 0x80, 0xe9, 0x9f]), Buffer.from('</p>')]);
    for (const label of ['iso-8859-1', 'latin1', 'ascii', 'x-user-defined']) {
      const d = decodeHtml(bytes(label));
      expect(d.charset).toBe('windows-1252');
      expect(d.text).toBe(`<meta charset="${label}"><p>“a” €éŸ</p>`);
    }
  });

  it('gb2312 is GBK, decoded with the gb18030 decoder: four-byte sequences survive', () => {
    const buf = Buffer.concat([Buffer.from('<meta charset="gb2312">'), iconv.encode('<p>𠀀新浪€</p>', 'gb18030')]);
    expect(decodeHtml(buf)).toMatchObject({ text: '<meta charset="gb2312"><p>𠀀新浪€</p>', charset: 'gb18030', declared: 'gb2312' });
  });

  it('a UTF-16BE BOM wins over a <meta> declaration', () => {
    const html = '<meta charset="gbk"><p>新浪</p>';
    const be = Buffer.from(html, 'utf16le').swap16();
    expect(decodeHtml(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: html, charset: 'utf-16be' });
  });

  it('only the first 1,024 bytes are scanned for a <meta>', () => {
    const pad = `<html><head><title>${'x'.repeat(1100)}</title>`;
    const d = decodeHtml(gbkPage(`${pad}<meta charset="windows-1252">`));
    expect(d.declared).toBeUndefined();
    expect(d.text).toContain('新浪财经');
  });

  it('a <meta> inside a comment or an attribute value is not a declaration', () => {
    expect(decodeHtml(gbkPage('<!-- <meta charset="windows-1252"> --><meta charset="gbk">')).text).toContain('新浪财经');
    expect(decodeHtml(gbkPage('<a title="<meta charset=windows-1252>">x</a><meta charset="gbk">')).text).toContain('新浪财经');
  });

  it('content="...charset=" counts only with http-equiv="Content-Type"', () => {
    const d = decodeHtml(gbkPage('<meta name="note" content="text/html; charset=windows-1252"><meta http-equiv="Content-Type" content="text/html; charset=GBK">'));
    expect(d.declared).toBe('gbk');
    expect(d.text).toContain('新浪财经');
  });
});
