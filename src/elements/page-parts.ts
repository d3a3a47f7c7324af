/**
 * On every page: 즐겨찾기 and 최근 본 스크립트 (<my-scripts>), loaded when needed (the home page on idle,
 * the header's search box on its first focus); the offline notice, when the service worker served this
 * page from its copy; and the service worker's registration.
 */
import { showOfflineNotice } from '../offline/notice';

const loadMyScripts = () => void import('./my-scripts');
if (document.querySelector('my-scripts[data-context="home"]')) {
  if ('requestIdleCallback' in window) requestIdleCallback(loadMyScripts, { timeout: 1500 });
  else setTimeout(loadMyScripts, 300);
}
document.addEventListener('focusin', (event) => {
  if ((event.target as Element | null)?.closest?.('site-search')) loadMyScripts();
});
// `/` or Ctrl+K means "type a query": the list under the empty box stays closed (↓ opens it).
document.addEventListener(
  'keydown',
  (event) => {
    const typing = (event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');
    if ((event.key === '/' && !typing) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) document.querySelector('my-scripts[data-context="search"]')?.setAttribute('data-dismissed', '');
  },
  { capture: true },
);

// Not loaded lazily: offline, only what was fetched before is there.
showOfflineNotice();
// A built site only (the dev server's pages change on every save); after load, so installing never competes with the page.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined), { once: true });
  // When a worker takes this page over, ask again for what the page loaded before, so the worker keeps
  // every module and style it needs offline (the worker itself saves the page).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    for (const entry of performance.getEntriesByType('resource')) if (entry.name.startsWith(`${location.origin}/_astro/`)) void fetch(entry.name).catch(() => undefined);
  });
}
