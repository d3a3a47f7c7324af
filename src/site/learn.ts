/** Build-side view of 학습 (practice by category): the categories that hold scripts, with their cards. */
import { settings } from '../config/settings';
import { practiceCards } from '../model/practice';
import type { CategoryEntry } from '../model/vocabulary';
import { browseView } from './browse';
import type { Catalog, FaqEntry } from './catalog';
import { url } from './url';

export interface LearnGroup {
  entry: CategoryEntry;
  faqs: FaqEntry[];
  /** Card keys per script id (what progress is stored under); the cards themselves are built in the browser. */
  cardKeys: ReadonlyMap<string, string[]>;
  cardCount: number;
}

/**
 * Up to this many scripts, /learn/ lists every script with its progress; above it, /learn/ lists the
 * categories and each has its own page (/learn/<category slugs>/), so no page lists thousands of rows.
 */
export const learnListLimit = settings().limits.learnList;

export const learnGroupUrl = (entry: Pick<CategoryEntry, 'slugs'>) => url({ page: 'learn', slugs: entry.slugs });
export const practiceUrl = (id: string) => url({ page: 'practice', id });

const groupsOf = new WeakMap<Catalog, LearnGroup[]>();

/** The categories that hold scripts, in the tree's order (like the home page), each with its cards. */
export function learnGroups(catalog: Catalog): LearnGroup[] {
  const cached = groupsOf.get(catalog);
  if (cached) return cached;
  const groups = browseView(catalog).filed.map(({ entry, faqs }) => {
    // Only the keys are kept for the whole build: holding every script's cards cost memory at 10,000 scripts.
    const cardKeys = new Map(faqs.map((faq) => [faq.data.id, practiceCards(faq.data.steps).map((card) => card.key)]));
    return { entry, faqs, cardKeys, cardCount: [...cardKeys.values()].reduce((sum, keys) => sum + keys.length, 0) };
  });
  groupsOf.set(catalog, groups);
  return groups;
}

/** Whether /learn/ lists categories (each on its own page) rather than every script. */
export const learnIsPaged = (catalog: Catalog) => catalog.faqs.length > learnListLimit;
