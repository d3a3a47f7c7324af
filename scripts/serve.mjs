// `npm run serve`: serves the built site (settings().outDir: KB_OUT_DIR or kb.config.ts) locally with the same cache and
// security headers as the deployment examples (deploy/), so what is tested here is what ships.
// Usage: npm run serve [-- --port 4321 --host 127.0.0.1]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { cacheControlFor, securityHeaders } from '../src/server/headers.ts';
import { settings } from '../src/config/settings.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT || '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
const { outDir: root, indexable } = settings();
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`no built site in ${root}; run \`npm run build\` first`);
  process.exit(1);
}

const security = securityHeaders(indexable);
const files = sirv(root, {
  etag: true,
  dotfiles: false,
  // Directory URLs (/faq/<id>/) resolve to their index.html.
  extensions: ['html'],
  setHeaders: (response, pathname) => response.setHeader('cache-control', cacheControlFor(pathname)),
});

const server = createServer((request, response) => {
  for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
  files(request, response, () => {
    const notFound = path.join(root, '404.html');
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache' });
    response.end(existsSync(notFound) ? readFileSync(notFound) : '<!doctype html><html lang="ko"><title>404</title><h1>페이지를 찾을 수 없습니다</h1></html>');
  });
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`serving ${root} at http://${values.host}:${port}/`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
