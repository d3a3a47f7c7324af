/**
 * The script page's practice mode (`?mode=practice`): all a script page loads for practice on its first
 * view is this check. Only when the URL asks for the mode does the rest load (cards, deck, styles).
 * Entering and leaving the mode are ordinary links (a navigation each), so back/forward and reload work
 * as for any page; `#practice` (the page's own 연습하기 links) also moves focus to the first card.
 */
// The entry names the URL parameter (src/model/practice-url.ts, rendered by PracticeMode.astro), so this
// first-view check imports only the page's names.
import * as dom from './contract/dom-names';

const host = document.querySelector<HTMLElement>(dom.byClass(dom.practiceModeClass));
if (host?.dataset.param && new URLSearchParams(location.search).get(host.dataset.param) === host.dataset.value) {
  void import('./practice-session').then(({ openPractice }) => openPractice(host, location.hash === '#practice'));
}
