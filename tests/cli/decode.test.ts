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
