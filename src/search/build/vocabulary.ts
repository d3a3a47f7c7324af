/**
 * Builds the search data (format.ts) from what Pagefind indexed: one record per script page (its
 * fragment: title, headings, text, category, sites). Pure; the index step (build/index-site.ts)
 * reads the fragments and writes the result.
 *
 * Korean recall lives here, once per distinct word instead of hidden terms on every page: the inner
 * parts of compounds (`오인식` → `입출차오인식`) and the 초성 of titles and headings (`ㅂㄹㅍㅅ` →
 * `발레패스`) become aliases of the words the pages contain; spacing, particles and endings are
 * resolved against the word list at query time (src/search/resolve.ts).
 */
import { choseongOf } from '../../korean/choseong';
import { isStopWord, nounOf, stem } from '../../korean/endings';
import { isSyllable, syllableCount, words as wordsOf } from '../../korean/text';
import { knownNear } from './known-words';
import {
  bitsetBytes,
  commonThreshold,
  inHeading,
  inTitle,
  shardKey,
  type AliasEntry,
  type CommonEntry,
  type ScriptCards,
  type ScriptTable,
  type VocabularyShard,
  type WordEntry,
} from '../data/format';

/** What the index step knows about one script page. */
export interface PageRecord {
  /** Pagefind fragment hash (`ko_1a2b3c4`). */
  fragment: string;
  /** Pagefind bundle directory holding the fragment (`pagefind`). */
  bundle: string;
  /** FAQ id and page path (Pagefind's URL) of the script. */
  id: string;
  page: string;
  title: string;
  /** Step titles and branch labels (Pagefind's anchors). */
  headings: string[];
  /** The indexed text. */
  content: string;
  category: string;
  sites: string[];
}

export interface SearchData {
  table: ScriptTable;
  cards: ScriptCards;
  shards: Map<string, VocabularyShard>;
  /** Bitset files of common prefixes: file name → bytes (three bitsets each, see format.ts). */
  bitsets: Map<string, Uint8Array>;
  commonAt: number;
}

/** Most targets kept per alias: the words most scripts contain. */
const aliasTargets = 8;

interface WordStats {
  ids: number[];
  title: number[];
  heading: number[];
}

function collectWords(records: readonly PageRecord[]): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  const note = (word: string, id: number, field: 'ids' | 'title' | 'heading') => {
    let entry = stats.get(word);
    if (!entry) stats.set(word, (entry = { ids: [], title: [], heading: [] }));
    const list = entry[field];
    if (list.at(-1) !== id) list.push(id);
  };
  records.forEach((record, id) => {
    const title = wordsOf(record.title);
    const headings = record.headings.flatMap(wordsOf);
    for (const word of [...wordsOf(record.content), ...title, ...headings]) note(word, id, 'ids');
    for (const word of title) note(word, id, 'title');
    for (const word of headings) note(word, id, 'heading');
  });
  return stats;
}

function table(records: readonly PageRecord[]): ScriptTable {
  const index = (list: string[], lookup: Map<string, number>, value: string) => {
    let at = lookup.get(value);
    if (at === undefined) {
      at = list.push(value) - 1;
      lookup.set(value, at);
    }
    return at;
  };
  const categories: string[] = [];
  const sites: string[] = [];
  const bundles: string[] = [];
  const [categoryAt, siteAt, bundleAt] = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const category = records.map((record) => index(categories, categoryAt, record.category));
  const siteSets: number[][] = [];
  const siteSetAt = new Map<string, number>();
  const site = records.map((record) => {
    const set = record.sites.map((name) => index(sites, siteAt, name));
    const key = set.join(',');
    let at = siteSetAt.get(key);
    if (at === undefined) siteSetAt.set(key, (at = siteSets.push(set) - 1));
    return at;
  });
  const bundle = records.map((record) => index(bundles, bundleAt, record.bundle));
  const hashes = records.map((record) => record.fragment);
  const prefix = /^[a-z-]+_/.exec(hashes[0] ?? '')?.[0] ?? '';
  const shared = hashes.every((hash) => hash.startsWith(prefix)) ? prefix : '';
  return { fragments: hashes.map((hash) => hash.slice(shared.length)).join(' '), fragmentPrefix: shared, bundles, bundle: bundles.length > 1 ? bundle : [], categories, category, sites, siteSets, site };
}

/** A short content hash for file names (FNV-1a over the bytes, 8 hex digits twice). */
function hashBytes(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193) >>> 0;
    b = Math.imul(b ^ bytes[i]!, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function setBits(bits: Uint8Array, ids: readonly number[], offset: number): void {
  for (const id of ids) bits[offset + (id >> 3)] = (bits[offset + (id >> 3)] ?? 0) | (1 << (id & 7));
}

/**
 * Every prefix of every word that at least `commonAt` scripts contain a word starting with, with its
 * bitsets. Words sharing a prefix are contiguous in the sorted list, so a prefix's scripts are the
 * union over one range; a range whose document counts add up to less than `commonAt` is skipped.
 */
function commonPrefixes(sorted: readonly string[], stats: Map<string, WordStats>, scripts: number, commonAt: number) {
  const size = bitsetBytes(scripts);
  const common: { prefix: string; bytes: Uint8Array; scripts: number }[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < sorted.length; start++) {
    const word = sorted[start]!;
    const chars = [...word];
    for (let length = 1; length <= chars.length; length++) {
      const prefix = chars.slice(0, length).join('');
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      let end = start;
      let upper = 0;
      while (end < sorted.length && sorted[end]!.startsWith(prefix)) upper += stats.get(sorted[end++]!)!.ids.length;
      if (upper < commonAt) break; // longer prefixes of this word cover fewer scripts still
      const bytes = new Uint8Array(size * 3);
      for (let at = start; at < end; at++) {
        const entry = stats.get(sorted[at]!)!;
        setBits(bytes, entry.ids, 0);
        setBits(bytes, entry.title, size);
        setBits(bytes, entry.heading, size * 2);
      }
      let count = 0;
      for (let at = 0; at < size; at++) for (let value = bytes[at]!; value; value &= value - 1) count++;
      if (count < commonAt) break;
      common.push({ prefix, bytes, scripts: count });
    }
  }
  return common;
}

/**
 * Proper suffixes of at least two syllables of a Hangul compound after a first part of at least two
 * (입출차오인식 → 차오인식, 오인식, 인식). A one-syllable first part is most often a prefix that changes
 * the word (자주식 is not 자 + 주식, 미사용 not 미 + 사용), so it gives no alias.
 */
function compoundParts(word: string): string[] {
  const chars = [...word];
  if (chars.length < 4 || !chars.every(isSyllable)) return [];
  return chars.slice(2, -1).map((_, index) => chars.slice(index + 2).join(''));
}

/** Whether some word of the sorted list starts with `prefix` (binary search). */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}

/**
 * Aliases: a compound's inner parts (from the nouns of the text and every word of titles and
 * headings, as their stems) that no word starts with, and the 초성 of title and heading words and
 * of whole titles. A title's 초성 points to its words together (`발레패스 해지`).
 */
function aliases(sorted: readonly string[], stats: Map<string, WordStats>, records: readonly PageRecord[]): AliasEntry[] {
  const targets = new Map<string, { kind: AliasEntry[1]; words: Map<string, number> }>();
  const add = (alias: string, kind: AliasEntry[1], target: string, weight: number) => {
    if (!alias || alias === target) return;
    const key = `${kind}\u0000${alias}`;
    let entry = targets.get(key);
    if (!entry) targets.set(key, (entry = { kind, words: new Map() }));
    entry.words.set(target, Math.max(entry.words.get(target) ?? 0, weight));
  };
  for (const word of sorted) {
    const entry = stats.get(word)!;
    const key = entry.title.length + entry.heading.length > 0;
    const base = key ? stem(word) : nounOf(word);
    if (!base || syllableCount(base) < 3) continue;
    for (const part of compoundParts(base)) if (!hasPrefix(sorted, part)) add(part, 'part', base, entry.ids.length);
  }
  for (const word of sorted) {
    const entry = stats.get(word)!;
    if (!entry.title.length && !entry.heading.length) continue;
    const base = stem(word);
    add(choseongOf(base), 'choseong', base, entry.ids.length);
  }
  records.forEach((record) => {
    // Two neighbouring words of a title or heading, as one 초성 spelling: ㅇㅇㅊㅅ → 예약 취소.
    for (const text of [record.title, ...record.headings]) {
      const list = wordsOf(text).map(stem).filter((word) => syllableCount(word) >= 1 && !isStopWord(word));
      list.slice(1).forEach((next, index) => add(choseongOf(list[index]! + next), 'choseong', `${list[index]} ${next}`, 1));
    }
    // The title's 초성 as typed (every word), pointing to its words that say something (two syllables or more).
    const titleWords = wordsOf(record.title).map(stem);
    const meaningful = titleWords.filter((word) => syllableCount(word) >= 2 && !isStopWord(word));
    if (titleWords.length > 1 && meaningful.length) add(choseongOf(titleWords.join('')), 'choseong', meaningful.join(' '), 1);
  });
  return [...targets.entries()].map(([key, entry]) => {
    const alias = key.slice(key.indexOf('\u0000') + 1);
    const best = [...entry.words.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, aliasTargets).map(([word]) => word);
    return [alias, entry.kind, best];
  });
}

function shardOf(shards: Map<string, VocabularyShard>, text: string): VocabularyShard {
  const key = shardKey(text);
  let shard = shards.get(key);
  if (!shard) shards.set(key, (shard = { words: [], common: [], aliases: [] }));
  return shard;
}

/** `dictionary`: words of Korean (known-words.ts koreanDictionary); those a typo away from the site's words go into the shards. */
export function buildSearchData(records: readonly PageRecord[], dictionary: ReadonlySet<string> = new Set()): SearchData {
  const stats = collectWords(records);
  const sorted = [...stats.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const commonAt = commonThreshold(records.length);
  const shards = new Map<string, VocabularyShard>();
  for (const word of sorted) {
    const entry = stats.get(word)!;
    const places = (entry.title.length ? inTitle : 0) | (entry.heading.length ? inHeading : 0);
    shardOf(shards, word).words.push([word, entry.ids.length, places] satisfies WordEntry);
  }
  const bitsets = new Map<string, Uint8Array>();
  for (const { prefix, bytes, scripts } of commonPrefixes(sorted, stats, records.length, commonAt)) {
    const file = `p/${hashBytes(bytes)}.bin`;
    bitsets.set(file, bytes);
    shardOf(shards, prefix).common.push([prefix, file, scripts] satisfies CommonEntry);
  }
  for (const alias of aliases(sorted, stats, records)) shardOf(shards, alias[0]).aliases.push(alias);
  for (const word of knownNear(sorted, dictionary)) {
    const shard = shardOf(shards, word);
    shard.known = shard.known ? `${shard.known} ${word}` : word;
  }
  const cards: ScriptCards = { ids: records.map((record) => record.id), pages: records.map((record) => record.page), titles: records.map((record) => record.title) };
  return { table: table(records), cards, shards, bitsets, commonAt };
}
