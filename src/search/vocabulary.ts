/**
 * Lookups in a loaded vocabulary shard (data/format.ts): is this a word of the site, does a word
 * start with this prefix, which words do, is the prefix common (and where are its bitsets), and
 * which words an alias stands for. Browser-safe and pure; indexes are built once per shard.
 */
import type { AliasEntry, AliasKind, CommonEntry, VocabularyShard, WordEntry } from './data/format';

export interface ShardIndex {
  words: readonly WordEntry[];
  common: Map<string, CommonEntry>;
  aliases: Map<string, AliasEntry[]>;
  /** 초성 aliases sorted by alias, for prefix lookups. */
  choseong: AliasEntry[];
  /** Words of Korean a typo away from the site's, meant as typed (data/format.ts VocabularyShard.known). */
  known: ReadonlySet<string>;
}

const indexes = new WeakMap<VocabularyShard, ShardIndex>();

export function indexShard(shard: VocabularyShard): ShardIndex {
  let index = indexes.get(shard);
  if (index) return index;
  const aliases = new Map<string, AliasEntry[]>();
  for (const alias of shard.aliases) aliases.set(alias[0], [...(aliases.get(alias[0]) ?? []), alias]);
  const choseong = shard.aliases.filter((alias) => alias[1] === 'choseong').sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  index = { words: shard.words, common: new Map(shard.common.map((entry) => [entry[0], entry])), aliases, choseong, known: new Set(shard.known?.split(' ')) };
  indexes.set(shard, index);
  return index;
}

/** First position in `list` whose key is ≥ `key` (the list is sorted by key). */
function lowerBound<T>(list: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(list[middle]!) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

const wordKey = (entry: WordEntry) => entry[0];

/** The words that start with `prefix`, in order. */
export function wordsWithPrefix(index: ShardIndex, prefix: string): WordEntry[] {
  const found: WordEntry[] = [];
  for (let at = lowerBound(index.words, prefix, wordKey); at < index.words.length && index.words[at]![0].startsWith(prefix); at++) found.push(index.words[at]!);
  return found;
}

export function hasPrefix(index: ShardIndex, prefix: string): boolean {
  const at = lowerBound(index.words, prefix, wordKey);
  return at < index.words.length && index.words[at]![0].startsWith(prefix);
}

export function findWord(index: ShardIndex, word: string): WordEntry | undefined {
  const entry = index.words[lowerBound(index.words, word, wordKey)];
  return entry?.[0] === word ? entry : undefined;
}

/** How many scripts contain a word starting with `prefix`: exact when common, else the largest word count (a lower bound). */
export function prefixScripts(index: ShardIndex, prefix: string): number {
  const common = index.common.get(prefix);
  if (common) return common[2];
  return Math.max(0, ...wordsWithPrefix(index, prefix).map((entry) => entry[1]));
}

export function aliasesOf(index: ShardIndex, alias: string, kind: AliasKind): string[] {
  return (index.aliases.get(alias) ?? []).filter((entry) => entry[1] === kind).flatMap((entry) => entry[2]);
}

/** 초성 aliases starting with `initials`: the exact spelling first, then the shorter ones. */
export function choseongTargets(index: ShardIndex, initials: string, limit: number): string[] {
  const found: AliasEntry[] = [];
  for (let at = lowerBound(index.choseong, initials, (entry) => entry[0]); at < index.choseong.length && index.choseong[at]![0].startsWith(initials); at++) found.push(index.choseong[at]!);
  // A spelling typed in full means those words; a shorter one is the start of longer spellings.
  const exact = found.filter((entry) => entry[0] === initials);
  const chosen = exact.length ? exact : found.sort((a, b) => a[0].length - b[0].length);
  return [...new Set(chosen.flatMap((entry) => entry[2]))].slice(0, limit);
}
