/**
 * Whether a list of nouns is about another topic than the site's: its first word, which says what the
 * rest is about (a 미용실's 예약, a 택배's 환불, a 로또's 번호), is a word the site does not know in any
 * reading, so the query finds nothing rather than every script that has the one domain word after it.
 * A sentence (a verb form anywhere: 지갑 놓고 내렸어요, 어케 탈퇴해요) is a question told in everyday
 * words and is searched; so is a compound ending in a noun of the site (경형차 ends in 차: a kind of car).
 */
import { isStopWord, mayBePredicate, shortNoun } from '../korean/endings';
import type { Lexicon } from '../korean/lexicon';
import type { QueryPlan } from '../korean/query';
import { isSyllable, syllableCount, words as wordsOf } from '../korean/text';
import { isListedTerm, type ShardOf, type Term } from './resolve';
import { indexShard, wordsWithPrefix } from './vocabulary';

/** Query words from which a query is a sentence, not a list of nouns (found.ts says the same of five). */
const listWords = 4;

/** Whether the site has `noun` as a word of its own, or with a particle (차, 차가, 차를). */
function isSiteNoun(shardOf: ShardOf, noun: string): boolean {
  const shard = shardOf(noun);
  if (!shard || isStopWord(noun)) return false;
  return wordsWithPrefix(indexShard(shard), noun).some(([word]) => word === noun || shortNoun(word) === noun);
}

/** The one-word entries of the lexicon's lists (glossary terms and synonyms, the thesaurus' words and terms), once per lexicon. */
const listed = new WeakMap<Lexicon, Set<string>>();
function listedWords(lexicon: Lexicon): Set<string> {
  let known = listed.get(lexicon);
  if (!known) {
    const pairs = [...lexicon.synonyms, ...(lexicon.thesaurus?.words ?? [])];
    const entries = [...lexicon.terms, ...pairs.flat()].filter((entry) => wordsOf(entry).length === 1);
    listed.set(lexicon, (known = new Set(entries)));
  }
  return known;
}

/**
 * The head of a compound: its last two syllables when they are a noun of the site (대형버스 → 버스), or
 * its last syllable when it is, besides, a word the lists name (경형차 → 차; not the 장 of 헬스장 or the
 * 점 of 편의점, which the site has only as other words' syllables or in another sense).
 */
export function headNounOf(shardOf: ShardOf, lexicon: Lexicon, word: string): string | undefined {
  const chars = [...word];
  const two = chars.slice(-2).join('');
  if (chars.length > 2 && isSiteNoun(shardOf, two)) return two;
  const one = chars.at(-1)!;
  return isSiteNoun(shardOf, one) && listedWords(lexicon).has(one) ? one : undefined;
}

/** The texts whose shards `isOtherTopic` reads beyond resolution's (loaded with them): the last syllable of the first word. */
export function topicShardTexts(plan: QueryPlan): string[] {
  const first = wordsOf(plan.normal)[0];
  return first && syllableCount(first) >= 2 ? [first.slice(-1)] : [];
}

/**
 * A short list of nouns (two to four words as typed, no verb form) whose first word is Hangul of two syllables
 * or more that nothing matched (not the site's word, a typo or a reading, nor a term the lists name:
 * 오늘, 어제), followed by words that were found, and that does not end in a noun of the site.
 */
export function isOtherTopic(plan: QueryPlan, terms: readonly Term[], shardOf: ShardOf, lexicon: Lexicon): boolean {
  // Every word as typed, also those search leaves out (주세요, 뭐): they make a sentence.
  const typed = wordsOf(plan.normal);
  // A word found as itself is the site's noun even when it ends like a verb form (등록 is not -도록).
  const asItself = (word: string) => terms.some((term) => term.typed.length === 1 && term.typed[0] === word && term.alternatives.some((alternative) => alternative.parts.join('') === word));
  if (typed.length < 2 || typed.length > listWords || typed.some((word) => mayBePredicate(word) && !asItself(word))) return false;
  const [first, ...rest] = terms;
  const word = first?.typed.length === 1 && first.typed[0] === typed[0] ? typed[0] : undefined;
  if (!word || first!.alternatives.length || !rest.some((term) => term.alternatives.length)) return false;
  if (![...word].every(isSyllable) || syllableCount(word) < 2 || isListedTerm(lexicon, word)) return false;
  return !headNounOf(shardOf, lexicon, word);
}
