/** Fills and shows the offline notice (OfflineNotice.astro) of a page the service worker served from its copy. */
import { savedTime } from '../elements/saved-time';
import { offlineAttribute } from './attribute';

export function showOfflineNotice(root: Document = document) {
  const saved = root.documentElement.getAttribute(offlineAttribute);
  const notice = root.querySelector<HTMLElement>('.offline-notice');
  const at = saved ? new Date(saved) : undefined;
  if (!notice || !at || Number.isNaN(at.getTime())) return;
  notice.querySelector('.offline-at')!.textContent = savedTime(at);
  notice.hidden = false;
}
