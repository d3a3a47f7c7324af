/*
 * The site's service worker, written into /sw.js by every build (src/pages/sw.js.ts fills in the build id
 * and the content-hashed paths). Online, pages always come from the network first (the copy is only
 * refreshed), so an agent never reads an old script while a new one is available; offline, the copy is
 * served with the page's offline notice shown: it may be out of date, and when it was saved.
 * A new build means a new /sw.js: it takes over at once, drops every cache of the old build and fetches
 * the pages the agent had kept again from the new build.
 */
const buildId = '__BUILD_ID__';
/** Paths whose content never changes under one name: cache first. */
const contentHashed = [/__CONTENT_HASHED__/];
/**
 * What the search box's loader fetches per query (fragments, vocabulary, bitsets): left to the browser,
 * whose HTTP cache the loader asks first, online and offline; a hop through this worker would cost more
 * than the request itself on every keystroke.
 */
const searchLoader = [/__SEARCH_LOADER__/];
const cacheName = `kb-${buildId}`;
const savedHeader = 'x-kb-saved-at';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith('kb-') && name !== cacheName);
      const kept = new Set();
      for (const name of old) for (const request of await (await caches.open(name)).keys()) if (isPage(new URL(request.url))) kept.add(request.url);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
      // The pages open now were loaded before this worker controlled them: keep them too.
      for (const client of await self.clients.matchAll({ type: 'window' })) kept.add(pageKey(new URL(client.url)));
      await Promise.all([...kept].map((url) => keepPage(url).catch(() => undefined)));
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  if (searchLoader.some((pattern) => pattern.test(url.pathname))) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (contentHashed.some((pattern) => pattern.test(url.pathname))) event.respondWith(cacheFirst(event));
  else event.respondWith(networkFirst(event));
});

/** Pages are kept by path: /?q=발레 offline is the saved home page, whose search runs in the browser. */
const pageKey = (url) => `${url.origin}${url.pathname}`;
const isPage = (url) => !/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html');
const isHtml = (response) => (response.headers.get('content-type') ?? '').includes('text/html');
const keepable = (response) => response.ok && response.type === 'basic' && !response.redirected;

/** A copy that knows when it was saved. */
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(savedHeader, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function page(event, url) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(event.request);
    if (keepable(response) && isHtml(response)) event.waitUntil(stamped(response.clone()).then((copy) => cache.put(pageKey(url), copy)));
    return response;
  } catch {
    const copy = await cache.match(pageKey(url));
    return copy ? marked(copy) : notSaved();
  }
}

/**
 * The saved page with its offline notice (OfflineNotice.astro) shown and the time the copy was saved
 * written in, so the notice needs no script: the copy is what the network gave, only these two marks change.
 */
const savedFormat = new Intl.DateTimeFormat('ko-KR', { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });
async function marked(copy) {
  const saved = new Date(copy.headers.get(savedHeader) ?? '');
  const when = Number.isNaN(saved.getTime()) ? '저장 시각 모름' : savedFormat.format(saved).replace(/[<&]/g, '');
  const html = (await copy.text())
    .replace(/(<p class="offline-notice"[^>]*?)\shidden(?=[\s>])/, '$1')
    .replace(/(<span class="offline-at"[^>]*>)(<\/span>)/, (_, open, close) => `${open}${when}${close}`);
  const headers = new Headers(copy.headers);
  headers.delete('content-length');
  return new Response(html, { status: 200, headers });
}

function notSaved() {
  const html = '<!doctype html><html lang="ko"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>오프라인 · 상담 스크립트</title><main><h1>오프라인</h1><p>네트워크에 연결되지 않았고, 이 페이지는 이 브라우저에 저장되어 있지 않습니다. 전에 연 페이지는 오프라인에서도 열립니다.</p><p><a href="/">처음으로</a></p></main></html>';
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

async function cacheFirst(event) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(event.request);
  if (hit) return hit;
  const response = await fetch(event.request);
  if (keepable(response)) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

/**
 * Search runtime, lexicon, lists: fresh when online, the copy when not. Kept by path: Pagefind asks for
 * pagefind-entry.json with a new `?ts=` each time, which must still find the copy offline.
 */
async function networkFirst(event) {
  const cache = await caches.open(cacheName);
  const key = pageKey(new URL(event.request.url));
  try {
    const response = await fetch(event.request);
    if (keepable(response)) event.waitUntil(cache.put(key, response.clone()));
    return response;
  } catch (error) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw error;
  }
}

/** Saves a page of this build and the assets it loads (used when a build takes over). */
async function keepPage(url) {
  const cache = await caches.open(cacheName);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!keepable(response) || !isHtml(response)) return;
  const html = await response.clone().text();
  await cache.put(url, await stamped(response));
  const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((match) => new URL(match[1], url).href);
  await Promise.all(
    assets.map(async (asset) => {
      if (await cache.match(asset)) return;
      const fetched = await fetch(asset);
      if (keepable(fetched)) await cache.put(asset, fetched);
    }),
  );
}
