/**
 * What was typed wrong, read as what was meant, and when not to: a typo of a word of the site in jamo
 * at the costs of fast typing (typo.ts: 환볼 → 환불, a mistyped first consonant in the shards of the
 * consonants next to it), a slip on a word of the lists (주치비 → 주차비), never a verb form, a word the
 * lists name or another service's word; a word of Korean the dictionary knows near the site's words
 * (build/known-words.ts: 축구) is meant as typed unless words of the site stand beside it in a short query.
 */
import { getChoseong } from 'es-hangul';
import { hasPastTense, looksLikePredicate, stem, stems } from '../korean/endings';
import type { Lexicon } from '../korean/lexicon';
import { isVerbPhrase } from '../korean/query';
import { compact, isSyllable, syllableCount, words as wordsOf } from '../korean/text';
import { closeInitials, jamoOf, typoBudget, typoDistance } from '../korean/typo';
import type { VocabularyShard } from './data/format';
import { sentenceWords } from './found';
import { formsOf, indexOf } from './site-words';
import { correctionReadings, type Alternative, type ShardOf, type Term } from './terms';
import { indexShard, type ShardIndex } from './vocabulary';

/** Corrections kept for one word, the closest first (the most used words among equals). */
const typoReadings = 2;

/** Whether two words of the same length have the same syllable somewhere at the same place. */
export function sharesSyllable(a: string, b: string): boolean {
  for (let at = 0; at < a.length; at++) if (a[at] === b[at]) return true;
  return false;
}

/** The loaded shards holding words that may start like `form` when its first consonant was mistyped. */
function typoShards(shardOf: ShardOf, form: string): ShardIndex[] {
  const initial = getChoseong(form[0]!);
  const shards = new Set(closeInitials(initial).map((consonant) => shardOf(consonant)).filter((shard): shard is VocabularyShard => !!shard));
  return [...shards].map(indexShard);
}

/**
 * A word the site does not contain, read as the closest words it does, in jamo with the costs of
 * fast typing (korean/typo.ts: a neighbouring key or a sound-alike is one edit, another substitution
 * two; one edit for words of two syllables, two from three): 환볼 → 환불, 결재 → 결제, 정기귄 → 정기권,
 * and 깔인권 → 할인권 (a first consonant next to the right one is looked for in that consonant's shard).
 * Compared with the words of the site and their stems (정기권을 → 정기권), and from three syllables
 * with the openings of longer words (세금계선 → 세금계산서). Only Hangul words of two syllables or more.
 */
export function correct(shardOf: ShardOf, form: string): string[] {
  const syllables = [...form];
  if (syllables.length < 2 || !syllables.every(isSyllable)) return [];
  // The budget is the stem's: a particle is not room for more edits (기억이 is not 기록이).
  const max = typoBudget(syllableCount(stem(form)));
  const typed = jamoOf(form);
  const found = new Map<string, { edits: number; scripts: number }>();
  for (const index of typoShards(shardOf, form)) {
    for (const [word, scripts] of index.words) {
      if (word.length < form.length) continue;
      const opening = word.slice(0, form.length);
      // Within the budget at least one syllable is untouched: a cheap test before comparing jamo (large sites).
      if (!sharesSyllable(opening, form) || ![...opening].every(isSyllable)) continue;
      const edits = typoDistance(typed, jamoOf(opening), max);
      // The word itself or the word without its particle or ending (정기권을 → 정기권); the start of a
      // longer word only for three syllables or more (세금계선 → 세금계산서), not 주시 of the verb form 주시면.
      if (edits > max || (opening !== word && syllables.length < 3 && !stems(word).includes(opening))) continue;
      const known = found.get(opening);
      found.set(opening, { edits: Math.min(edits, known?.edits ?? edits), scripts: Math.max(scripts, known?.scripts ?? 0) });
    }
  }
  const best = Math.min(...[...found.values()].map((entry) => entry.edits));
  return [...found.entries()]
    .filter(([, entry]) => entry.edits === best)
    .sort((a, b) => b[1].scripts - a[1].scripts)
    .slice(0, typoReadings)
    .map(([opening]) => opening);
}

/**
 * A verb form, never read as a typo: by its ending (된대요 is not 되나요), its past (꺼졌나 is not 꺼져),
 * or as a one-syllable verb made a noun with -기 (내기, 빼기, 받기: 주차비 내기 is not 대기).
 */
export const neverCorrected = (word: string) => looksLikePredicate(word) || hasPastTense(word) || /^[가-힣]기$/.test(word);

/** Query words beyond which a first-consonant typo is not looked for in other shards (each costs a download). */
const typoShardWords = 3;

/**
 * Texts of the shards a typo in the first consonant of an unresolved word may need (loaded before
 * resolving again): only for short queries, and not for verb forms, which are never corrected.
 */
export function typoShardTexts(terms: readonly Term[], lexicon?: Lexicon): string[] {
  if (terms.length > typoShardWords) return [];
  return terms
    .filter((term) => !term.alternatives.length && term.typed.length === 1 && !neverCorrected(term.typed[0]!))
    .flatMap((term) =>
      formsOf(term.typed[0]!)
        .filter((form) => [...form].every(isSyllable) && form.length >= 2)
        .flatMap((form) => [...closeInitials(getChoseong(form[0]!)), ...(lexicon ? listedNear(lexicon, form).flatMap((listed) => [listed, ...listedTermsOf(lexicon, listed).flatMap(wordsOf)]) : [])]),
    );
}


/**
 * The words of the lists' terms (the glossary's, the thesaurus'), the thesaurus' customer nouns of one word
 * (가입; not a verb's -기 form, 나가기, which may be a slip), and other services' words (바이크), once per lexicon.
 */
const termWords = new WeakMap<Lexicon, Set<string>>();
function listedTermWords(lexicon: Lexicon): Set<string> {
  let known = termWords.get(lexicon);
  if (!known) {
    const pairs = lexicon.thesaurus?.words ?? [];
    const nouns = pairs.map(([word]) => word).filter((word) => wordsOf(word).length === 1 && !word.endsWith('기') && !isVerbPhrase(word));
    const terms = [...lexicon.terms, ...pairs.map(([, term]) => term), ...nouns, ...(lexicon.thesaurus?.elsewhere ?? []).map(([word]) => word)];
    termWords.set(lexicon, (known = new Set(terms.flatMap((term) => [compact(term), ...wordsOf(term)]))));
  }
  return known;
}

/**
 * Whether a word is one the lists name as a term (어제, 오늘 of the thesaurus' times), as a customer's
 * noun (가입) or as another service's (바이크): a real word even where the site does not have it, so never
 * read as a typo of another (어제 is not 언제, 가입 not 기입, 바이크 not 마이카).
 */
export const isListedTerm = (lexicon: Lexicon, word: string) => stems(word).some((form) => listedTermWords(lexicon).has(form));


/** The single words of the lists (glossary synonyms, thesaurus words and terms), and by syllable count, once per lexicon. */
const listedSingles = new WeakMap<Lexicon, { all: Set<string>; bySyllables: Map<number, string[]> }>();
function singleListedWords(lexicon: Lexicon): { all: Set<string>; bySyllables: Map<number, string[]> } {
  let singles = listedSingles.get(lexicon);
  if (!singles) {
    const pairs = [...lexicon.synonyms, ...(lexicon.thesaurus?.words ?? [])];
    const all = new Set(pairs.flat().filter((word) => wordsOf(word).length === 1 && syllableCount(word) >= 2 && [...word].every(isSyllable)));
    const bySyllables = new Map<number, string[]>();
    for (const word of all) {
      const length = syllableCount(word);
      if (!bySyllables.has(length)) bySyllables.set(length, []);
      bySyllables.get(length)!.push(word);
    }
    listedSingles.set(lexicon, (singles = { all, bySyllables }));
  }
  return singles;
}

/** Whether a text is a single word of the lists (주차비, 캔슬). */
export const isSingleListedWord = (lexicon: Lexicon, text: string) => singleListedWords(lexicon).all.has(text);

/** The single words of the lists within a typo of a form (typo.ts budget), sharing a syllable at its place. */
function listedNear(lexicon: Lexicon, form: string): string[] {
  const budget = typoBudget(syllableCount(form));
  const typed = jamoOf(form);
  return (singleListedWords(lexicon).bySyllables.get(syllableCount(form)) ?? []).filter((listed) => sharesSyllable(listed, form) && typoDistance(typed, jamoOf(listed), budget) <= budget);
}

/** The terms the lists give a word (주차비 → 발레 요금, 주차 요금). */
const listedTermsOf = (lexicon: Lexicon, word: string) => [...lexicon.synonyms, ...(lexicon.thesaurus?.words ?? [])].filter(([listed]) => listed === word).map(([, term]) => term);

/**
 * A word the site has in no reading, read as the closest single word of the lists within a typo
 * (typo.ts; the word's stem: 주치비가 → 주치비 → 주차비), and that word's reading (its term): the
 * customer's word misspelt. Never a word of Korean the dictionary knows near the site's (축구).
 */
export function listedCorrection(shardOf: ShardOf, lexicon: Lexicon, word: string, readListed: (listed: string) => Term[]): { word: string; alternatives: Alternative[] } | undefined {
  for (const form of formsOf(word)) {
    if (!syllableCount(form) || ![...form].every(isSyllable) || isKnownWord(shardOf, form)) continue;
    for (const listed of listedNear(lexicon, form)) {
      const [term] = readListed(listed);
      if (term?.alternatives.length) return { word: listed, alternatives: term.alternatives.map((alternative) => ({ ...alternative, reading: 'typo' as const })) };
    }
  }
  return undefined;
}


/** Whether a word (or its stem: 축구를 → 축구) is a word of Korean the site lacks but is a typo away from. */
export function isKnownWord(shardOf: ShardOf, word: string): boolean {
  return formsOf(word).some((form) => !!indexOf(shardOf, form)?.known.has(form));
}

/**
 * A word of Korean corrected into a word of the site (축구 → 출구, 입시 → 임시) is meant as typed
 * unless words the site has stand beside it in a short query (프로모션 코트 → 코드, 차량 파송 → 파손):
 * alone, beside words that are not found, or in a sentence told at length (하루 종일 is not 동일,
 * 이사 가셔서 not 기사), its correction is dropped.
 */
export function withoutLoneCorrections(terms: Term[], meantAsTyped: ReadonlySet<Term>): Term[] {
  const found = (term: Term) => !term.optional && !meantAsTyped.has(term) && term.alternatives.some((alternative) => !correctionReadings.includes(alternative.reading));
  const sentence = terms.flatMap((term) => term.typed).length >= sentenceWords;
  if (!meantAsTyped.size || (!sentence && terms.some(found))) return terms;
  return terms.map((term) => (meantAsTyped.has(term) ? { typed: term.typed, alternatives: [], weight: term.weight } : term));
}
