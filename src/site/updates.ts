/** The knowledge base's change history, newest first, shared by the 최근 업데이트 page and the feed. */
import { freshness, updateEvents, type UpdateEvent } from '../model/freshness';
import type { Catalog, FaqEntry } from './catalog';
import { url } from './url';
import { settings } from '../config/settings';

export interface UpdateItem {
  faq: FaqEntry;
  event: UpdateEvent;
}

/** Every change event of every script, newest first (title order within a day); future dates excluded. */
export function updateHistory(catalog: Catalog, today = settings().freshness.today): UpdateItem[] {
  return catalog.faqs
    .flatMap((faq) => updateEvents(faq.data).map((event) => ({ faq, event })))
    .filter((item) => item.event.date <= today)
    .sort((a, b) => b.event.date.localeCompare(a.event.date) || a.faq.data.title.localeCompare(b.faq.data.title, 'ko'));
}

/** Scripts whose review is overdue, longest overdue first. */
export function reviewBacklog(catalog: Catalog) {
  const { freshness: window } = settings();
  return catalog.faqs
    .map((faq) => ({ faq, state: freshness(faq.data, window) }))
    .filter((item) => item.state.reviewDue)
    .sort((a, b) => a.state.reviewDueOn.localeCompare(b.state.reviewDueOn));
}

export const eventLabel = (event: UpdateEvent) => (event.kind === 'new' ? '새 스크립트' : '변경');
export const updatesUrl = url({ page: 'updates' });
export const feedUrl = url({ page: 'feed' });
