/**
 * A thesaurus group whose term the site does not write still says what the customer means: the
 * group's other words that name a thing (주차면's 빈자리, 주차 공간) are searched instead, so a group
 * bridges to whichever of its words a site happens to use (자리 → 빈자리 on a site that never says 주차면).
 * Verb phrases of a group are left out: they name the concept loosely and are for the query side.
 */
import { isVerbPhrase } from '../korean/query';
import { mayBePredicate } from '../korean/endings';
import type { Lexicon } from '../korean/lexicon';
import { words as wordsOf } from '../korean/text';

/** Group words per term, once per lexicon. */
const groups = new WeakMap<Lexicon, Map<string, string[]>>();

function groupsOf(lexicon: Lexicon): Map<string, string[]> {
  let known = groups.get(lexicon);
  if (!known) {
    known = new Map();
    for (const [word, term] of lexicon.thesaurus?.words ?? []) {
      const list = known.get(term) ?? [];
      list.push(word);
      known.set(term, list);
    }
    groups.set(lexicon, known);
  }
  return known;
}

/** Whether a group word names a thing (빈자리, 주차 공간), not a verb phrase (자리 없음, 꽉 참, 어디 세웠). */
const names = (word: string) => {
  const list = wordsOf(word);
  return !isVerbPhrase(word) && !list.some(mayBePredicate) && !/[a-z]/i.test(word);
};

/** The other words of `term`'s group that name a thing, the customer's own word left out. */
export function siblingsOf(lexicon: Lexicon, term: string, except: string): string[] {
  return (groupsOf(lexicon).get(term) ?? []).filter((word) => word !== except && names(word));
}
