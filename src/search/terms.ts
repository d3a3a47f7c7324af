/**
 * What resolution (resolve.ts) makes of a query: terms, each with the ways it can match the site's words.
 * Its own module so the readings resolve.ts draws on (counted.ts) and the steps after it (retrieve,
 * readings, found, excerpt) share the shape without importing the resolver.
 */
import type { VocabularyShard } from './data/format';

/** How a term was read: the word itself, or the vocabulary's help. */
export type Reading = 'word' | 'joined' | 'split' | 'part' | 'choseong' | 'partial' | 'synonym' | 'thesaurus' | 'typo' | 'keyboard';

/** Readings that change what the agent typed: the results say so and offer the original. */
export const correctionReadings: readonly Reading[] = ['typo', 'keyboard'];

/** One way a term can match: every part must be the start of a word of the script. */
export interface Alternative {
  parts: string[];
  reading: Reading;
}

/** One thing the query asks for (a word, or words read together), with the ways it can match. */
export interface Term {
  /** The query words it covers, as typed. */
  typed: string[];
  /** The text searched instead of the typed word when it was corrected (typo, keyboard mode). */
  corrected?: string;
  alternatives: Alternative[];
  /** One-syllable words say little on their own (차, 돈). */
  weight: number;
  /**
   * A verb form (모르겠어요) or a customer's verb phrase read through the thesaurus (안 되는데요 → 오류,
   * 안 썼는데 → 미이용): it ranks the scripts that have it, but a script need not have it to be listed.
   */
  optional?: boolean;
  /** A verb form modifying a noun (맡긴 차, 받은 쿠폰): ranking weighs it as a verb form, half, even where the search needs it. */
  modifier?: boolean;
}

/** Shard lookup: the index of the shard holding `text`'s first character (loaded beforehand). */
export type ShardOf = (text: string) => VocabularyShard | undefined;
