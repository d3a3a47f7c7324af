/**
 * The search data the build writes beside Pagefind's bundle and the browser reads (browser-safe,
 * no `node:*`): a manifest, a compact table of every script, and the vocabulary of the words the
 * script pages contain, sharded by the word's first consonant.
 *
 * Cost follows what is distinct, not what is repeated: a word is written once however many pages
 * carry it. A word prefix that many scripts contain ("common") comes with bitsets of those scripts,
 * so the browser answers it without asking Pagefind (whose cost grows with every page and word
 * position a search returns); a rarer prefix goes to Pagefind, which returns few pages for it.
 */

/** /search/manifest.json: what this build wrote (revalidated on every use; everything else is immutable). */
export interface SearchManifest {
  version: 1;
  /** Changes with every build's data; names the immutable directory below. */
  build: string;
  /** Base of the immutable files, relative to the site root: `search/<build>/`. */
  dir: string;
  /** Scripts in the table (= pages Pagefind indexed). */
  scripts: number;
  /** A prefix is common (has bitsets) when at least this many scripts contain a word starting with it. */
  commonAt: number;
  /** Shard key → file name (in `dir`) of that shard's vocabulary. */
  shards: Record<string, string>;
  /** The script table's file name (in `dir`). */
  table: string;
  /** The script cards' file name (in `dir`). */
  cards: string;
}

/** The script table: script number (position) → its Pagefind fragment, category and sites. */
export interface ScriptTable {
  /** Pagefind fragment hashes without their shared prefix (`1a2b3c4`), one per script, joined with spaces. */
  fragments: string;
  /** The prefix every hash shares (`ko_`). */
  fragmentPrefix: string;
  /** Pagefind bundle directory of each script's fragment when the index is split (`pagefind` by default). */
  bundles: string[];
  /** Index into `bundles` per script; empty when there is one bundle. */
  bundle: number[];
  /** Full category paths (`발레 ▶ 이용불편/신고 ▶ 미이용결제/ 입차알림`). */
  categories: string[];
  /** Index into `categories`, per script. */
  category: number[];
  /** Site names. */
  sites: string[];
  /** Distinct sets of sites (indexes into `sites`): many scripts share the same sites. */
  siteSets: number[][];
  /** Index into `siteSets`, per script. */
  site: number[];
}

/**
 * What a hit shows before its text is loaded (the first look, client.ts): each script's id, page and
 * title, in script order. Loaded at idle; a query's hits then show at once and the text (its Pagefind
 * fragment: excerpt, step, the order by what it says) follows.
 */
export interface ScriptCards {
  /** FAQ ids. */
  ids: string[];
  /** Page paths as Pagefind records them (`/faq/valet-hours/`). */
  pages: string[];
  titles: string[];
}

/** A word of the vocabulary: the word, how many scripts contain it, and where (bit flags). */
export type WordEntry = [word: string, scripts: number, places: number];

/** A common prefix: its bitsets' file (in the manifest's `dir`) and how many scripts it covers. */
export type CommonEntry = [prefix: string, file: string, scripts: number];

/** Another way to write words of the vocabulary: a compound's inner part, a 초성 spelling. */
export type AliasEntry = [alias: string, kind: AliasKind, words: string[]];
export type AliasKind = 'part' | 'choseong';

/** One shard: every word, common prefix and alias whose first character has this shard's key. */
export interface VocabularyShard {
  /** Sorted by word (code points), so prefixes are contiguous. */
  words: WordEntry[];
  common: CommonEntry[];
  aliases: AliasEntry[];
  /**
   * Words of Korean this shard's words are a typo away from that the site does not contain (축구 near
   * 출구), joined by spaces: meant as typed, not corrected, unless words of the site stand beside them
   * (build/known-words.ts).
   */
  known?: string;
}

/** Places of a word (WordEntry[2]). */
export const inTitle = 1;
export const inHeading = 2;

/**
 * The shard a word belongs to: the initial consonant of its first Hangul syllable (ㄲ with ㄱ …),
 * the consonant itself for a 초성 word, the lowercase letter or digit otherwise.
 */
export function shardKey(word: string): string {
  const first = word.codePointAt(0) ?? 0;
  if (first >= 0xac00 && first <= 0xd7a3) return initialOf(Math.floor((first - 0xac00) / 588));
  const compat = 'ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
  const at = compat.indexOf(String.fromCodePoint(first));
  if (at >= 0) return plain[compat[at]!] ?? compat[at]!;
  const char = String.fromCodePoint(first).toLowerCase();
  return /[a-z0-9]/.test(char) ? char : '_';
}

const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Double consonants share their plain consonant's shard (a typo often swaps them). */
const plain: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ', ㄳ: 'ㄱ', ㄵ: 'ㄴ', ㄶ: 'ㄴ', ㄺ: 'ㄹ', ㄻ: 'ㄹ', ㄼ: 'ㄹ', ㄽ: 'ㄹ', ㄾ: 'ㄹ', ㄿ: 'ㄹ', ㅀ: 'ㄹ', ㅄ: 'ㅂ' };
const initialOf = (index: number) => {
  const consonant = initials[index]!;
  return plain[consonant] ?? consonant;
};

/** Shard keys become file names: Hangul consonants as their code point. */
export const shardFileKey = (key: string) => (/^[a-z0-9_]$/.test(key) ? key : `u${key.codePointAt(0)!.toString(16)}`);

/**
 * The prefix size from which a prefix is common: a Pagefind search returning this many pages is
 * where its cost starts to be felt (≈ 10 ms at 300 pages on this machine), and at least a tenth of a
 * small site, so both paths run on every corpus the tests build.
 */
export function commonThreshold(scripts: number): number {
  return Math.max(3, Math.min(300, Math.ceil(scripts / 10)));
}

/** Bitsets of a common prefix, in its file one after the other: every script, titles, headings. */
export interface PrefixBitsets {
  any: Uint8Array;
  title: Uint8Array;
  heading: Uint8Array;
}

export const bitsetBytes = (scripts: number) => Math.ceil(scripts / 8);

export function splitBitsets(buffer: ArrayBuffer, scripts: number): PrefixBitsets {
  const size = bitsetBytes(scripts);
  return { any: new Uint8Array(buffer, 0, size), title: new Uint8Array(buffer, size, size), heading: new Uint8Array(buffer, size * 2, size) };
}

export const hasBit = (bits: Uint8Array, index: number) => (bits[index >> 3]! & (1 << (index & 7))) !== 0;

/** Each script's Pagefind fragment hash, in script order. */
export const fragmentHashes = (table: ScriptTable) => table.fragments.split(' ').map((hash) => table.fragmentPrefix + hash);

/** The site names of a script. */
export const sitesOf = (table: ScriptTable, script: number) => (table.siteSets[table.site[script] ?? -1] ?? []).map((site) => table.sites[site] ?? '');

/** The script numbers set in a bitset, ascending. */
export function bitsetIds(bits: Uint8Array): number[] {
  const ids: number[] = [];
  for (let byte = 0; byte < bits.length; byte++) {
    let value = bits[byte]!;
    while (value) {
      const low = value & -value;
      ids.push(byte * 8 + 31 - Math.clz32(low));
      value ^= low;
    }
  }
  return ids;
}

export function bitsetOf(ids: Iterable<number>, scripts: number): Uint8Array {
  const bits = new Uint8Array(bitsetBytes(scripts));
  for (const id of ids) bits[id >> 3]! |= 1 << (id & 7);
  return bits;
}
