/**
 * Slips seen on real 2021–2025 Sina pages, each on a fixture of ours in the page's shape
 * (tests/fixtures/core/<case>/source.html): what must not stay in the body, and the editor's name
 * without Sina's staff code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/model';
import { htmlDoc, parse } from './helpers/corpus';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/core');

function extract(name: string, kind: 'happy-dom' | 'linkedom'): Article {
  const r = extractArticle(parse(fs.readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8'), kind), {});
  if (!r.ok) throw new Error(`${name}: ${r.reason} ${r.message}`);
  return r.article;
}

describe.each(['happy-dom', 'linkedom'] as const)('mobile-editor-related (%s)', (kind) => {
  const a = extract('mobile-editor-related', kind);
  const body = htmlDoc(a.html);
  const text = body.body.textContent ?? '';

  it('the editor is the name, without the staff code SN240', () => expect(a.editor).toBe('朱学森'));
  it('the editor line leaves the body', () => expect(text).not.toContain('责任编辑'));
  it('the 此前报道 line with its link to an older story goes; prose that mentions 此前报道 stays', () => {
    expect(text).not.toContain('三部门');
    expect(text).toContain('分析师指出，此前报道的数据显示成交量已有回升。');
  });
  it('the related-article carousel div.broadcast_box goes', () => {
    expect(body.querySelector('.broadcast_box')).toBeNull();
    expect(text).not.toMatch(/相关阅读|一线城市楼市新政落地/);
    expect(a.leadImage).toBeUndefined();
  });
  it('the article paragraphs stay', () => expect(text).toContain('业内人士认为，政策效果有望逐步显现。'));
});
