/**
 * What the loaded vocabulary shards say about a word of a query (resolve.ts and corrections.ts ask): its
 * shard, whether a word of the site starts with it, its forms without particles and endings and the
 * shortest the site has, whether the site writes a one-syllable noun as a noun, what segments.ts needs
 * of the site, and how many scripts a prefix covers.
 */
import { isStopWord, shortNoun, stems } from '../korean/endings';
import type { SegmentLookups } from '../korean/segments';
import { syllableCount } from '../korean/text';
import type { ShardOf } from './terms';
import { findWord, hasPrefix, indexShard, prefixScripts, wordsWithPrefix, type ShardIndex } from './vocabulary';

/** The loaded shard of a text, indexed; undefined when it is not loaded. */
export function indexOf(shardOf: ShardOf, text: string): ShardIndex | undefined {
  const shard = shardOf(text);
  return shard ? indexShard(shard) : undefined;
}

export const existsAsPrefix = (shardOf: ShardOf, text: string) => !!text && !!indexOf(shardOf, text) && hasPrefix(indexOf(shardOf, text)!, text);

/** The forms of a word to try, most stripped first (해지하려면 → 해지, 해지하려면). */
export function formsOf(word: string): string[] {
  return stems(word).filter((form) => !isStopWord(form)).sort((a, b) => a.length - b.length);
}

/** The shortest form of the word that starts a word of the site. */
export function ownForm(shardOf: ShardOf, word: string): string | undefined {
  return formsOf(word).find((form) => existsAsPrefix(shardOf, form));
}


/**
 * Whether the site has a one-syllable noun: alone, with a particle no noun ends in (휠에, 키를), or
 * with two particles (차가, 차는); not only as the start of another word (휠체어) nor as a word that
 * merely ends like a particle (사과 is not 사 + 과, 문의 not 문 + 의).
 */
export function isNounOfSite(index: ShardIndex, noun: string): boolean {
  const found = wordsWithPrefix(index, noun).filter(([word]) => word === noun || shortNoun(word) === noun);
  return found.length >= 2 || found.some(([word]) => word === noun || caseParticle.test(word.slice(noun.length)));
}

/** Particles that end no two-syllable noun of the site's kind (unlike 과 of 사과, 의 of 문의, 이 of 차이). */
const caseParticle = /^(을|를|에)$/;


export const findWordIn = (shardOf: ShardOf, word: string) => {
  const index = indexOf(shardOf, word);
  return !!index && !!findWord(index, word);
};

/** The copula after a noun, which stems() keeps (만차인지, 만차일 때, 만차입니다). */
const copula = /^(인|일|입|이라|이면|였|이었)/;

/**
 * What segments.ts needs of the site: a word it has, alone or with a particle, an ending or the
 * copula (위약금 of 위약금이, 만차 of 만차인지; one syllable only alone or with a particle: 휠, 휠에),
 * and the start of one.
 */
export function segmentLookups(shardOf: ShardOf): SegmentLookups {
  const isWord = (text: string) => {
    const index = indexOf(shardOf, text);
    if (!index) return false;
    if (syllableCount(text) === 1) return isNounOfSite(index, text);
    return !!findWord(index, text) || wordsWithPrefix(index, text).some(([site]) => stems(site).includes(text) || copula.test(site.slice(text.length)));
  };
  return { isWord, isPrefix: (text) => existsAsPrefix(shardOf, text) };
}



/** How many scripts a prefix covers, as far as the loaded shard knows (for ordering and idf). */
export function scriptsWith(shardOf: ShardOf, prefix: string): number {
  const index = indexOf(shardOf, prefix);
  return index ? prefixScripts(index, prefix) : 0;
}
