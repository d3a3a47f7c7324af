/** The build's freshness settings: today (KB_TODAY for tests), the NEW/변경 window and the review interval (KB_REVIEW_DAYS). */
import { today } from '../collections/today';
import { defaultRecentDays, defaultReviewDays, type FreshnessSettings } from '../model/freshness';

const days = (value: string | undefined, fallback: number, name: string) => {
  if (!value?.trim()) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number of days, got "${value}"`);
  return parsed;
};

export function freshnessSettings(env: NodeJS.ProcessEnv = process.env): FreshnessSettings {
  return {
    today: today(env),
    recentDays: days(env.KB_RECENT_DAYS, defaultRecentDays, 'KB_RECENT_DAYS'),
    reviewDays: days(env.KB_REVIEW_DAYS, defaultReviewDays, 'KB_REVIEW_DAYS'),
  };
}
