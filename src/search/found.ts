/**
 * Whether a query's words were found enough to search at all (resolve.ts made the terms): random
 * letters and unrelated words find nothing rather than a weak guess for one of them.
 */
import { mayBePredicate } from '../korean/endings';
import type { Lexicon } from '../korean/lexicon';
import { isTime } from '../korean/places-and-times';
import type { Term } from './terms';

/** How much a term's best reading says that the site has what was typed: a typo guess says half. */
const foundShare = (term: Term) => (!term.alternatives.length ? 0 : term.alternatives.every((alternative) => alternative.reading === 'typo') ? 0.5 : 1);

/**
 * A word the site need not contain for the query to make sense, unless it was found: a verb form
 * (열려요, 맡겼는데, 없어서), a number, a single letter (the `b` of `<b>렌트카</b>`).
 */
const counts = (term: Term) => term.alternatives.length > 0 || !(term.typed.length === 1 && (mayBePredicate(term.typed[0]!) || /^(\d+|[a-z])$/.test(term.typed[0]!)));

/** Nor a time the thesaurus lists (어제, 주말에): when, not what is asked (a place may be: 병원 진료 예약). */
const countsWith = (lexicon: Lexicon | undefined) => (term: Term) => counts(term) && !(lexicon && !term.alternatives.length && term.typed.every((word) => isTime(lexicon, word)));

/** Words found (weighted) that make a long sentence worth searching even when most of its words are not. */
const enoughForSentence = 2;

/**
 * Whether the query's words, weighted, are mostly found (at least half; verb forms and times the site does
 * not have are left out): random letters or unrelated words (`수학 숙제`, `비트코인 시세`) then find
 * nothing rather than a weak guess for one of them. A long sentence (more than three words) is
 * searched when at least two of its words are found: an agent's sentence carries everyday words.
 */
export function isMostlyFound(terms: readonly Term[], lexicon?: Lexicon): boolean {
  const counted = terms.filter(countsWith(lexicon));
  const total = counted.reduce((sum, term) => sum + term.weight, 0);
  const found = counted.reduce((sum, term) => sum + term.weight * foundShare(term), 0);
  return total === 0 || found / total >= 0.5 || (counted.length > 3 && found >= enoughForSentence);
}

/**
 * Whether at most half the query's words (weighted) were found as typed: the rest were not found, or
 * only as typo guesses (저녁 of 오늘 저녁 메뉴 추천, 노래 read as 오래). When, besides, no script has all the
 * found words together, the query is unrelated words the site happens to have one by one, and finds
 * nothing (client.ts); a sentence whose words are mostly found is still searched word by word.
 */
export function isHalfUnsure(terms: readonly Term[]): boolean {
  const counted = terms.filter(counts);
  const total = counted.reduce((sum, term) => sum + term.weight, 0);
  const sure = counted.reduce((sum, term) => sum + (foundShare(term) === 1 ? term.weight : 0), 0);
  // A sentence of five words or more is a question told at length (its everyday words are not found), not unrelated words.
  return total > 0 && sure / total <= 0.5 && terms.flatMap((term) => term.typed).length < sentenceWords;
}

/** Query words from which a query is a sentence told at length. */
export const sentenceWords = 5;
