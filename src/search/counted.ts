/**
 * A number with a unit of time or of a building (5분, 10분도, 30분째, 3일간, 2층에) says how long or
 * where, whatever the number: it is read as the site's words with the same unit and any number (5분 →
 * the 10분 of "10분 안에 출차하시면"), so a customer's "들어간 지 5분 만에" ranks the script that counts
 * minutes. A unit with a counting suffix and no digits (삼십 분째) reads the same way. Such a word is
 * never a typo of another (분째 is not 번째), and it only ranks: the number need not be the site's.
 */
import type { Alternative, ShardOf } from './terms';
import { indexShard, wordsWithPrefix } from './vocabulary';

const units = '분|시간|일|개월|주|년|층';
/** A number and its unit, at the start of a word (5분, 10분도, 3일간). */
const withNumber = new RegExp(`^\\d+(${units})`);
/** A unit with a suffix that counts, and no number (삼십 분째, 한 시간씩): the number is the word before. */
const withSuffix = new RegExp(`^(${units})(째|씩|쯤|동안|만에|간)$`);

const digits = [...'0123456789'];

/** The unit a word counts in, or undefined when it is no counted word. */
export function unitOf(word: string): string | undefined {
  return (withNumber.exec(word) ?? withSuffix.exec(word))?.[1];
}

/** The texts whose shards a counted word needs (the site's numbers start with any digit). */
export function countedShardTexts(words: readonly string[]): string[] {
  return words.some((word) => unitOf(word)) ? digits : [];
}

/** Site words of the unit to offer for a counted word, at most. */
const most = 2;

/**
 * The site's words with the word's unit and any number, the most used first (the fewest that cover the
 * others: 10분 covers 10분이); [] when the site has none; undefined when the word is no counted word.
 */
export function countedReadings(shardOf: ShardOf, word: string): Alternative[] | undefined {
  const unit = unitOf(word);
  if (!unit) return undefined;
  const pattern = new RegExp(`^\\d+${unit}`);
  const found = digits.flatMap((digit) => {
    const shard = shardOf(digit);
    return shard ? wordsWithPrefix(indexShard(shard), digit).filter(([site]) => pattern.test(site)) : [];
  });
  const minimal = found.filter(([site]) => !found.some(([other]) => other !== site && site.startsWith(other) && pattern.test(other)));
  return minimal
    .sort((a, b) => b[1] - a[1])
    .slice(0, most)
    .map(([site]) => ({ parts: [site], reading: 'part' as const }));
}
