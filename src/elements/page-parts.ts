/**
 * On every page, the parts that are not needed at once, loaded when they are: 즐겨찾기 and 최근 본
 * 스크립트 (<my-scripts>: the home page on idle, the header's search box on its first focus), the offline
 * notice when the service worker served this page from its copy, and the service worker itself.
 */
import { offlineAttribute } from '../offline/attribute';

const loadMyScripts = () => void import('./my-scripts');
if (document.querySelector('my-scripts[data-context="home"]')) {
  if ('requestIdleCallback' in window) requestIdleCallback(loadMyScripts, { timeout: 1500 });
  else setTimeout(loadMyScripts, 300);
}
document.addEventListener('focusin', (event) => {
  if ((event.target as Element | null)?.closest?.('site-search')) loadMyScripts();
});

if (document.documentElement.hasAttribute(offlineAttribute)) void import('../offline/notice');
// A built site only (the dev server's pages change on every save); after load, so installing never competes with the page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined), { once: true });
}
