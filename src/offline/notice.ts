/** Fills the offline notice (OfflineNotice.astro) of a page the service worker served from its copy. */
import { savedTime } from '../elements/saved-time';
import { offlineAttribute } from './attribute';

const saved = document.documentElement.getAttribute(offlineAttribute);
const notice = document.querySelector<HTMLElement>('.offline-notice');
const at = saved ? new Date(saved) : undefined;
if (notice && at && !Number.isNaN(at.getTime())) {
  notice.querySelector('.offline-at')!.textContent = savedTime(at);
  notice.hidden = false;
}
