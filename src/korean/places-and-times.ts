/**
 * Words that say where and when (호텔에서, 어제): the thesaurus' groups of the domains place and time,
 * their terms and words. They tell the circumstances of a question, not what it asks about: search
 * does not read them as another topic (src/search/topic.ts), and a time need not be found (found.ts).
 */
import { stems } from './endings';
import type { Lexicon } from './lexicon';
import { compact } from './text';

type Kind = 'places' | 'times';

/** The place or time words of a lexicon (terms and their words), compact, once per lexicon and kind. */
const known = new WeakMap<Lexicon, Record<Kind, Set<string>>>();

function listedOf(lexicon: Lexicon, kind: Kind): Set<string> {
  let sets = known.get(lexicon);
  if (!sets) {
    const of = (terms: ReadonlySet<string>) => new Set([...terms, ...(lexicon.thesaurus?.words ?? []).filter(([, term]) => terms.has(term)).map(([word]) => word)].map(compact));
    known.set(lexicon, (sets = { places: of(new Set(lexicon.thesaurus?.places)), times: of(new Set(lexicon.thesaurus?.times)) }));
  }
  return sets[kind];
}

const isOf = (kind: Kind) => (lexicon: Lexicon, word: string) => stems(word).some((form) => listedOf(lexicon, kind).has(form));

/** Whether a query word, or its stem, is a place (호텔에서, 백화점). */
const isPlace = isOf('places');

/** Whether a query word, or its stem, is a time (어제, 주말에). */
export const isTime = isOf('times');

/** Whether a query word, or its stem, is a place or a time (호텔에서, 어제, 주말에). */
export const isPlaceOrTime = (lexicon: Lexicon, word: string) => isPlace(lexicon, word) || isTime(lexicon, word);

/** Whether a term of the thesaurus is a place or a time (its group's domain). */
export const isPlaceOrTimeTerm = (lexicon: Lexicon, term: string) => !!(lexicon.thesaurus?.places?.includes(term) || lexicon.thesaurus?.times?.includes(term));
