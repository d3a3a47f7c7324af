/**
 * On every page, imported by SiteSearch's script (the one script every page has, so these loaders share
 * its chunk and the script page's first view stays small): 즐겨찾기 and 최근 본 스크립트 (<my-scripts>:
 * the home page on idle, the header's box on its first focus), a script page's companion tools
 * (ScriptCompanion: on idle, or when the agent reaches for them), the service worker once the search box
 * is quiet, and noting when the agent is at the box (box-activity.ts).
 */
import { searchLoaderPaths } from '../server/headers';
import { noteActivity, untilQuiet } from './box-activity';
import * as dom from './contract/dom-names';
import { isSearchShortcut } from './search-shortcut';

const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1500 }) : setTimeout(run, 300));

const loadMyScripts = () => void import('./my-scripts');
const myScripts = (context: 'home' | 'search') => document.querySelector(`${dom.myScriptsElement}${dom.byData(dom.myScriptsContextData, context)}`);
// At idle on every page: under the header's box the list only waits for the box's focus, and compiling it
// then would hold up the agent's first query.
if (myScripts('home') || myScripts('search')) idle(loadMyScripts);
const inSearchBox = (event: Event) => !!(event.target as Element | null)?.closest?.(dom.siteSearchElement);
// The agent at the box, from the first focus (before its code has loaded): background work waits (box-activity.ts).
document.addEventListener('focusin', (event) => {
  if (!inSearchBox(event)) return;
  noteActivity();
  loadMyScripts();
});
document.addEventListener('input', (event) => inSearchBox(event) && noteActivity());
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

/** Background work: once the search box has been quiet a moment (box-activity.ts), when the browser is idle. */
const whenQuiet = (run: () => void) => void untilQuiet().then(() => idle(run));

// A built site only (the dev server's pages change on every save). After load and while the agent is not
// searching: a worker installed on a first visit takes the page over and fills its cache meanwhile.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => whenQuiet(() => void navigator.serviceWorker.register('/sw.js').catch(() => undefined)), { once: true });
  // When a worker takes this page over, ask again for what the page fetched before (modules, styles, the
  // lexicon, Pagefind's runtime), so the worker keeps it for offline use (the worker itself saves the page).
  // Not the search loader's files: the worker leaves them to the HTTP cache, which already holds them.
  navigator.serviceWorker.addEventListener('controllerchange', () =>
    whenQuiet(() => {
      for (const { name } of performance.getEntriesByType('resource')) {
        const { origin, pathname } = new URL(name);
        if (origin === location.origin && !pathname.endsWith('/sw.js') && !searchLoaderPaths.some((pattern) => pattern.test(pathname))) void fetch(name).catch(() => undefined);
      }
    }),
  );
}
