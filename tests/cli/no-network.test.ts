// @vitest-environment node
/**
 * "It never touches the network": a page (Sina template, then a non-Sina page for the jsdom
 * Readability fallback) full of subresources pointing at a local server; the server must see
 * no request at all while the real CLI converts them.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, removeTemp, ROOT, tempDir } from './support/cli';

const run = promisify(execFile);
let tmp = '';
let hits = 0;
const server = createServer((_req, res) => {
  hits++;
  res.end('');
});

beforeAll(async () => {
  buildCli();
  tmp = tempDir();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => {
  server.close();
  removeTemp(tmp);
});

function subresources(base: string): string {
  return `<link rel="stylesheet" href="${base}/a.css"><script src="${base}/a.js"></script>
<img src="${base}/a.png"><iframe src="${base}/frame"></iframe><video src="${base}/v.mp4" poster="${base}/p.jpg"></video>
<object data="${base}/o"></object><embed src="${base}/e"><link rel="preload" href="${base}/pre">`;
}

describe('no network', () => {
  it('a Sina page and a non-Sina page with subresources: zero requests reach the server', async () => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const para = '<p>这是正文的一段，足够长，让可读性算法认为它是文章的正文内容，而不是导航或者页脚。</p>'.repeat(8);
    const sina = `<html><head><meta charset="utf-8"><meta property="og:url" content="https://finance.sina.com.cn/china/2022-07-25/doc-imizirav0000002.shtml">${subresources(base)}</head>
<body><h1 class="main-title">无网络</h1><div class="date-source"><span class="date">2022年07月25日 22:31</span></div><div id="artibody">${para}${subresources(base)}</div></body></html>`;
    const other = `<html><head><meta charset="utf-8"><title>Other site</title>${subresources(base)}</head><body><article><h1>Other</h1>${para}${subresources(base)}</article></body></html>`;
    writeFileSync(path.join(tmp, 'sina.html'), sina);
    writeFileSync(path.join(tmp, 'other.html'), other);
    const bin = path.join(ROOT, 'bin/sina-clean.mjs');
    const a = await run(process.execPath, [bin, path.join(tmp, 'sina.html'), '--json'], { timeout: 60000 });
    const b = await run(process.execPath, [bin, path.join(tmp, 'other.html'), '--json'], { timeout: 60000 });
    expect(JSON.parse(a.stdout)).toHaveProperty('template', 'sina-desktop');
    expect(JSON.parse(b.stdout)).toHaveProperty('template', 'readability');
    await new Promise((r) => setTimeout(r, 200));
    expect(hits).toBe(0);
    await fetch(`${base}/probe`); // the server does count: a real request is seen
    expect(hits).toBe(1);
  });
});
