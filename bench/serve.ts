/**
 * Serves a built site the way a static host does, including gzip for text files and the production
 * cache policy (src/server/headers.ts) with ETag revalidation, so transfer sizes in the benchmark and
 * Lighthouse's "text compression" audit see what production sees.
 * Pagefind's index and fragment files are already gzip-compressed by Pagefind; they go out as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheControlFor } from '../src/server/headers.ts';
import { types as testServerTypes } from '../tests/helpers/browser.ts';

// The test server's content types, plus what a static host also sends for these files.
const types: Record<string, string> = { ...testServerTypes, '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon' };
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveCompressed(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
      if (!existsSync(file)) return void response.writeHead(404).end('Not found');
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const stat = statSync(file);
    const etag = `"${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"`;
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': cacheControlFor(pathname), etag };
    if (status === 200 && request.headers['if-none-match'] === etag) return void response.writeHead(304, headers).end();
    let body: Buffer = readFileSync(file);
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const cached = cache.get(file) ?? gzipSync(body, { level: 9 });
      cache.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
