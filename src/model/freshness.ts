/**
 * What changed, for agents: NEW (a script first seen recently), 변경 (changed recently) and
 * 검토 필요 (review overdue). Pure date arithmetic on ISO dates; "today" is passed in.
 */
import type { Faq } from './faq';

export interface FreshnessSettings {
  /** ISO date of the build's today. */
  today: string;
  /** A script is NEW / 변경 for this many days (issue: 14). */
  recentDays: number;
  /** A review is due this many days after the last review (or update). */
  reviewDays: number;
}

export interface Freshness {
  badge?: 'new' | 'changed';
  /** The change that earns the 변경 badge, when the log has one. */
  latestChange?: { date: string; summary: string };
  reviewDue: boolean;
  /** When the script was last confirmed: `reviewed`, else `updated`. */
  lastReviewed: string;
  /** ISO date the review fell due. */
  reviewDueOn: string;
}

const dayMs = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / dayMs);
export const daysBetween = (from: string, to: string) => toDay(to) - toDay(from);
export const addDays = (iso: string, days: number) => new Date((toDay(iso) + days) * dayMs).toISOString().slice(0, 10);

/** Newest first, as the change log is written (sorted anyway: editors make mistakes). */
export const sortedChanges = (faq: Pick<Faq, 'changes'>) => [...(faq.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date));

export function freshness(faq: Pick<Faq, 'updated' | 'reviewed' | 'changes'>, settings: FreshnessSettings): Freshness {
  const changes = sortedChanges(faq);
  // First seen: the oldest logged change, else the last update (a file without a log is as old as that).
  const created = [faq.updated, ...changes.map((change) => change.date)].sort()[0]!;
  const lastChanged = [faq.updated, changes[0]?.date ?? faq.updated].sort().at(-1)!;
  const recent = (date: string) => {
    const age = daysBetween(date, settings.today);
    return age >= 0 && age < settings.recentDays;
  };
  const lastReviewed = [faq.updated, faq.reviewed ?? faq.updated].sort().at(-1)!;
  const reviewDueOn = addDays(lastReviewed, settings.reviewDays);
  return {
    badge: recent(created) ? 'new' : recent(lastChanged) ? 'changed' : undefined,
    latestChange: changes[0] && recent(changes[0].date) ? changes[0] : undefined,
    reviewDue: reviewDueOn <= settings.today,
    lastReviewed,
    reviewDueOn,
  };
}

/** One entry of the 최근 업데이트 page and the feed. */
export interface UpdateEvent {
  date: string;
  summary?: string;
  kind: 'new' | 'changed';
}

/** A script's change events, newest first: its log, or its last update when it has no log. */
export function updateEvents(faq: Pick<Faq, 'updated' | 'changes'>): UpdateEvent[] {
  const changes = sortedChanges(faq);
  if (!changes.length) return [{ date: faq.updated, kind: 'new' }];
  return changes.map((change, index) => ({ date: change.date, summary: change.summary, kind: index === changes.length - 1 ? 'new' : 'changed' }));
}
