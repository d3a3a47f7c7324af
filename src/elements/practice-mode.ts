/**
 * The script page's practice mode (`?mode=practice`): all a script page loads for practice on its first
 * view is this check. Only when the URL asks for the mode does the rest load (cards, deck, styles).
 * Entering and leaving the mode are ordinary links (a navigation each), so back/forward and reload work
 * as for any page; `#practice` (the page's own 연습하기 links) also moves focus to the first card.
 */
import { isPracticeUrl } from '../model/practice-url';

if (isPracticeUrl(location)) {
  const host = document.querySelector<HTMLElement>('.practice-mode');
  if (host) void import('./practice-session').then(({ openPractice }) => openPractice(host, location.hash === '#practice'));
}
