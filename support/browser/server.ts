/**
 * A local web server that answers at the real Sina URLs, so the manifest's match patterns apply
 * exactly as for a user. One port speaks plain HTTP, TLS (the
 * first byte of a connection tells which) and proxy requests:
 * - Chromium maps every host onto it with `--host-resolver-rules` (http and https alike);
 * - Firefox uses it as its HTTP/SSL proxy: absolute-URI GETs and CONNECT (piped back to this port).
 * Unknown hosts get 404 (Firefox sends its own background traffic through the proxy).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Route {
  /** Absolute URL without scheme significance: `https://finance.sina.com.cn/x.shtml` also serves http. */
  url: string;
  body: Buffer | string;
  contentType: string;
  /** Extra response headers (e.g. a page's own Content-Security-Policy). */
  headers?: Record<string, string>;
}

export interface RequestLog {
  url: string;
  referer?: string;
}

export interface TestServer {
  port: number;
  /** `--host-resolver-rules` value for Chromium (one argv element, no quotes). */
  hostRules: string;
  requests: RequestLog[];
  add(route: Route): void;
  /**
   * Serve pages with `Content-Security-Policy: script-src 'none'`: the page's own scripts do not
   * run (they make old Sina pages' DOM differ between two loads), extension scripts still do.
   */
  blockPageScripts: boolean;
  close(): Promise<void>;
}

/** A 16×16 grey PNG for any `*.sinaimg.cn` picture (their scripts get 404 like every other unknown URL, their stylesheets an empty 200). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGklEQVR4nGN89+4dAymAiSTVoxpGNQwpDQBvYgLJmD4UvAAAAABJRU5ErkJggg==',
  'base64',
);

function makeCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfc-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const san = 'subjectAltName=DNS:*.sina.com.cn,DNS:sina.com.cn,DNS:*.finance.sina.com.cn,DNS:*.sina.cn,DNS:*.sinaimg.cn';
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=sina.com.cn', '-addext', san], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function routeKey(u: URL): string {
  return `${u.host}${u.pathname}${u.search}`;
}

function requestUrl(req: http.IncomingMessage): URL {
  const raw = req.url ?? '/';
  if (/^https?:\/\//i.test(raw)) return new URL(raw);
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return new URL(raw, `${scheme}://${req.headers.host ?? 'localhost'}`);
}

export async function startServer(routes: Route[] = []): Promise<TestServer> {
  const table = new Map<string, Route>();
  const requests: RequestLog[] = [];
  const add = (r: Route) => void table.set(routeKey(new URL(r.url)), r);
  routes.forEach(add);

  const api = { blockPageScripts: false };
  const handler: http.RequestListener = (req, res) => {
    const url = requestUrl(req);
    // Sina's pages load their CDN files with crossorigin='anonymous' (CORS mode); the CDN allows
    // that, and so must we, or each such stylesheet fails and fires the page's own
    // onerror='attackCatch(this)' before the page has defined attackCatch (magichtml-mobile-*).
    res.setHeader('access-control-allow-origin', '*');
    requests.push({ url: url.href, referer: req.headers.referer });
    const route = table.get(routeKey(url));
    if (route) {
      const csp = api.blockPageScripts ? { 'content-security-policy': "script-src 'none'" } : {};
      res.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store', ...route.headers, ...csp });
      res.end(route.body);
    } else if (/\.sinaimg\.cn$/i.test(url.hostname) && /\.(png|jpe?g|gif|webp)$/i.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      res.end(PNG);
    } else if (/\.sinaimg\.cn$/i.test(url.hostname) && /\.css$/i.test(url.pathname)) {
      // Sina's stylesheets are not in the corpus: an empty one loads, as the real one would, so
      // no page error handler runs for it (see withoutIntegrity in pages.ts).
      res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' });
      res.end('');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  };

  const plain = http.createServer(handler);
  // TLS is served on its own (internal) port: TLS sockets read from the kernel handle directly, so
  // bytes peeked and unshifted on the front socket would be lost; a plain TCP pipe loses nothing.
  const tls = https.createServer(makeCert(), handler);
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const tlsPort = (tls.address() as net.AddressInfo).port;
  const pipeToTls = (client: net.Socket, head: Buffer, onReady?: () => void) => {
    const upstream = net.connect(tlsPort, '127.0.0.1', () => {
      onReady?.();
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
      client.resume();
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  };
  const front = net.createServer((socket) => {
    socket.once('data', (first) => {
      socket.pause();
      if (first[0] === 0x16) return pipeToTls(socket, first);
      socket.unshift(first);
      plain.emit('connection', socket);
      socket.resume();
    });
    socket.on('error', () => socket.destroy());
  });
  // Firefox's proxy tunnel for https: CONNECT host:443 → the TLS port.
  plain.on('connect', (_req, client: net.Socket, head: Buffer) => {
    pipeToTls(client, head, () => client.write('HTTP/1.1 200 Connection Established\r\n\r\n'));
  });

  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;
  return Object.assign(api, {
    port,
    hostRules: `MAP * 127.0.0.1:${port}`,
    requests,
    add,
    close: () =>
      new Promise<void>((resolve) => {
        plain.closeAllConnections();
        tls.closeAllConnections();
        tls.close();
        front.close(() => resolve());
        setTimeout(resolve, 500);
      }),
  });
}
