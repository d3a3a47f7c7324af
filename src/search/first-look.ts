/**
 * The first look: a query's best scripts shown from memory — title, page, category, sites from the
 * cards loaded at idle — while their text (Pagefind fragments, one request each) loads; then the hits
 * take the order their text gives, with the step and excerpt (client.ts). The agent reads titles at
 * once instead of waiting on the network for every query whose hits are new to the page.
 */
import type { ResultText } from '../korean/relevance';
import type { SearchData } from './data/load';
import { cardHit, type SearchHit } from './hit';

/** A candidate of the ranking: a script and its score from where the terms are (title, heading, text). */
export interface Candidate {
  script: number;
  score: number;
}

/**
 * The hits of a first look, ordered by what the titles say, or undefined while the cards are not
 * loaded (before the idle warm-up has them).
 */
export function firstLookHits(candidates: readonly Candidate[], data: SearchData, limit: number, scoreOf: (candidate: Candidate, text: ResultText) => number): SearchHit[] | undefined {
  const cards = data.loadedCards();
  if (!cards) return undefined;
  return candidates
    .map((candidate) => {
      const title = cards.titles[candidate.script] ?? '';
      return cardHit(candidate.script, cards, data, scoreOf(candidate, { title, headings: [], content: '', terms: [] }));
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** True when some candidate's text is still to load: the first look is worth showing (the final order is not as quick). */
export const textPending = (candidates: readonly Candidate[], data: SearchData) => candidates.some(({ script }) => !data.hasFragment(script));
