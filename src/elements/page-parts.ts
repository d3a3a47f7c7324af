/**
 * On every page, imported by SiteSearch's script (the one script every page has, so these loaders share
 * its chunk and the script page's first view stays small): 즐겨찾기 and 최근 본 스크립트 (<my-scripts>:
 * the home page on idle, the header's box on its first focus), a script page's companion tools
 * (ScriptCompanion: on idle, or when the agent reaches for them), and the service worker.
 */
import * as dom from './contract/dom-names';
import { isSearchShortcut } from './search-shortcut';

const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1500 }) : setTimeout(run, 300));

const loadMyScripts = () => void import('./my-scripts');
const myScripts = (context: 'home' | 'search') => document.querySelector(`${dom.myScriptsElement}${dom.byData(dom.myScriptsContextData, context)}`);
// At idle on every page: under the header's box the list only waits for the box's focus, and compiling it
// then would hold up the agent's first query.
if (myScripts('home') || myScripts('search')) idle(loadMyScripts);
document.addEventListener('focusin', (event) => {
  if ((event.target as Element | null)?.closest?.(dom.siteSearchElement)) loadMyScripts();
});
// `/` or Ctrl+K means "type a query": the list under the empty box stays closed (↓ opens it).
document.addEventListener(
  'keydown',
  (event) => {
    if (isSearchShortcut(event)) myScripts('search')?.setAttribute('data-dismissed', '');
  },
  { capture: true },
);

const companion = document.querySelector(dom.byClass(dom.companionClass));
if (companion) {
  const loadCompanion = () => void import('./script-companion');
  companion.addEventListener('pointerover', loadCompanion, { once: true });
  companion.addEventListener('focusin', loadCompanion, { once: true });
  idle(loadCompanion);
}

// A built site only (the dev server's pages change on every save); after load, so installing never competes with the page.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined), { once: true });
  // When a worker takes this page over, ask again for what the page fetched before (modules, styles, search
  // data), so the worker keeps it for offline use (the worker itself saves the page).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    for (const { name } of performance.getEntriesByType('resource')) if (name.startsWith(location.origin) && !name.endsWith('/sw.js')) void fetch(name).catch(() => undefined);
  });
}
