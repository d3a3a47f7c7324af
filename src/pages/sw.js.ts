/**
 * /sw.js: the service worker (src/offline/service-worker.js) with this build's id, so every build
 * publishes a new worker that replaces the old one and its caches, and with the content-hashed paths
 * the server caches forever (src/server/headers.ts), which the worker serves cache-first — except what the
 * search box's loader fetches per query, which it leaves to the browser's HTTP cache.
 */
import type { APIRoute } from 'astro';
import { randomUUID } from 'node:crypto';
import source from '../offline/service-worker.js?raw';
import { contentHashedPaths, searchLoaderPaths } from '../server/headers';

const buildId = `${new Date().toISOString().replace(/[^0-9]/g, '')}-${randomUUID().slice(0, 8)}`;

export const GET: APIRoute = () => {
  const worker = source
    .replace('__BUILD_ID__', () => buildId)
    .replace('[/__CONTENT_HASHED__/]', () => `[${contentHashedPaths.map(String).join(', ')}]`)
    .replace('[/__SEARCH_LOADER__/]', () => `[${searchLoaderPaths.map(String).join(', ')}]`);
  return new Response(worker, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
