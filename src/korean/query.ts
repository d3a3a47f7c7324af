/**
 * Turns what an agent typed into the searches to run: the literal query, stems without particles and
 * endings, spacing variants, glossary synonyms, a reading of a syllable the IME is still composing,
 * and the single words for a fallback when no variant matches every word. Pure and browser-safe.
 */
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';
import { isFiller, isParticleOrEnding, isPastTense, isStopWord, lightVerbStem, mayBePredicate, shortNoun, startsWithLightVerb, stem, stems, withoutEnding } from './endings';
import type { Lexicon } from './lexicon';
import { isListedVerbForm, isVerbNoun, listedVerb, type ListedVerb } from './listed-verbs';
import { partialReadings } from './partial';
import { compact, escapeRegExp, isChoseongWord, isConsonant, isSyllable, normalise, syllableCount, words } from './text';

export type VariantKind = 'literal' | 'stem' | 'spacing' | 'synonym' | 'partial';

export interface QueryVariant {
  kind: VariantKind;
  text: string;
  /** How much a match of this variant counts, relative to the literal query (1). */
  weight: number;
}

/** One thing the query asks for, in any of its forms (a stem, a glossary term, a 초성 string, a composing word). */
export interface Concept {
  forms: string[];
  /** 초성 query word: compare with the 초성 of the text. */
  choseong?: boolean;
  /** A composing last word: the text must match this pattern. */
  pattern?: string;
  /** The word as typed without its verb ending (이용중으로), when it differs from the stem. */
  typed?: string;
  /** One-syllable words say little on their own (차, 돈). */
  weight: number;
  /** The query words it covers, as typed (to attach what search read them as: search/readings.ts). */
  words?: string[];
  /**
   * Other forms search read the words as (a thesaurus term, a typo's correction, the site's own
   * spelling), each counting `weight` of a match of the concept's own forms.
   */
  readings?: { form: string; weight: number }[];
}

export interface QueryPlan {
  /** The query as normalised (site names removed when they became a filter). */
  normal: string;
  /** Site names the query mentions, applied as a site filter. */
  sites: string[];
  variants: QueryVariant[];
  /** Content words (stems, synonyms resolved) searched one by one when no variant matches. */
  words: string[];
  /** Patterns (RegExp sources) a result's text should match: the finished form of a composing syllable. */
  patterns: string[];
  /** True when the query ends in a bare consonant (출ㅊ): results must complete it. */
  partialOnly: boolean;
  /** What a result must contain, one entry per meaning the query names (used to rank loaded results). */
  concepts: Concept[];
  /** Stems of the query's own words, for ranking titles that contain them. */
  stems: string[];
}


/** A site the word names: the site itself, or a prefix of at least two syllables (인천 → 인천공항). */
function siteOf(word: string, sites: readonly string[]): string | undefined {
  for (const form of stems(word)) {
    const exact = sites.find((site) => site === form);
    if (exact) return exact;
    if (syllableCount(form) >= 2) {
      const prefixed = sites.filter((site) => site.startsWith(form));
      if (prefixed.length === 1) return prefixed[0];
    }
  }
  return undefined;
}

export interface SynonymSpan {
  /** Index of the first and last query word the synonym covers. */
  start: number;
  end: number;
  term: string;
  /** The synonym as listed (what matched the query's words). */
  synonym: string;
}

interface PreparedSynonym {
  synonym: string;
  term: string;
  /** The synonym normalised and without spaces, as query words are compared. */
  target: string;
  /** What the query's words, joined, must start with: the target, its verb in any form (verbForms). */
  pattern: RegExp;
  /** Ends in a verb (몰다, 결제 안 됨): any ending may follow it. */
  verb: boolean;
  /** The verb it ends in, read by its stem (차 뺐 ↔ 차 빼서, 가져갔 ↔ 가져간) when asked for: listed-verbs.ts. */
  stems?: ListedVerb;
  /** Position in the list: among synonyms of one length, the first listed wins. */
  order: number;
}

/** Forms of 되다 and 하다 one syllable long, and what may follow a verb's stem in one syllable (몰다 → 몰았, 몰고). */
const lightForms = ['되돼됐된될됨', '하해했한할함'];
const afterStem = '다았었였아어고게지는은을던면니나네냐음기야서도요';

/**
 * A list word as a pattern for the query's joined words: a last syllable that is a form of 되다 or
 * 하다 matches any of their forms (결제 안 됨 ↔ 결제 안 된대요), and a verb in its dictionary form
 * any form of it (몰다 ↔ 몰았다고). Same length as the target.
 */
function verbForms(target: string): RegExp {
  const polite = politeStem(target);
  const chars = [...(polite ?? target)];
  const last = chars.at(-1)!;
  const head = escapeRegExp(chars.slice(0, -1).join(''));
  if (chars.length < 2) return new RegExp(`^${escapeRegExp(target)}`);
  const light = lightForms.find((forms) => forms.includes(last));
  if (light) return new RegExp(`^${head}[${light}]`);
  if (last === '다') return new RegExp(`^(?:${head}[${afterStem}]${withFinals(chars.slice(0, -1))})`);
  // A verb written in its polite form or as a noun in -ㅁ: any form whose syllable starts with the
  // same consonant (나와요 ↔ 나오거든요, 나왔다고; 빼 주세요 ↔ 빼 줘; 튕김 ↔ 튕겨요; 꽉 참 ↔ 꽉 찼는지), but
  // not the polite ending alone (안 나와요, 안 나옴 ↔ 안 나오네요, not 기억이 안 나요: 나다 is another verb).
  if (polite || isVerbNoun(target)) return new RegExp(`^${head}(?!요$)${sameInitial(last)}`);
  return new RegExp(`^${escapeRegExp(target)}`);
}

/** Finals a vowel stem takes in one syllable: adnominal (뺀, 뺄) and past (뺐); not the -ㅁ noun, often a noun of its own (알림 is not 알리다). */
const stemFinals = ['ㄴ', 'ㄹ', 'ㅆ'];

/**
 * A verb whose stem ends in a vowel written with a final on its last syllable (차 빼다 ↔ 차 뺄, 뺀,
 * 뺐): those spellings as alternatives of a pattern, or nothing when the stem ends in a consonant.
 */
function withFinals(stem: string[]): string {
  const end = stem.at(-1);
  const parts = end && isSyllable(end) ? disassembleCompleteCharacter(end) : undefined;
  if (!parts || parts.jongseong || stem.length < 2) return '';
  const head = escapeRegExp(stem.slice(0, -1).join(''));
  return stemFinals.map((final) => `|${head}${combineCharacter(parts.choseong, parts.jungseong, final)}`).join('');
}

/** A list word ending in a polite verb ending, without it (차가안나와요 → 차가안나와, 차빼주세요 → 차빼주); undefined otherwise. */
function politeStem(target: string): string | undefined {
  const stem = target.replace(/세?요$/, '');
  return stem !== target && [...stem].length >= 2 && isSyllable(stem.at(-1)!) ? stem : undefined;
}

/** A character class of every syllable with the same initial consonant as `syllable` (와 → 아…힣 of ㅇ). */
function sameInitial(syllable: string): string {
  const first = 0xac00 + Math.floor((syllable.charCodeAt(0) - 0xac00) / 588) * 588;
  return `[${String.fromCharCode(first)}-${String.fromCharCode(first + 587)}]`;
}

/**
 * Synonym lists prepared once per list (the thesaurus has over a thousand words, and this runs on
 * every keystroke): normalised targets, grouped by their first letter.
 */
const prepared = new WeakMap<readonly (readonly [string, string])[], Map<string, PreparedSynonym[]>>();
function synonymIndex(pairs: readonly (readonly [string, string])[]): Map<string, PreparedSynonym[]> {
  let index = prepared.get(pairs);
  if (index) return index;
  index = new Map();
  pairs.forEach(([synonym, term], order) => {
    const target = compact(synonym);
    if (!target) return;
    const group = index!.get(target[0]!) ?? [];
    const stems = listedVerb(synonym);
    group.push({ synonym, term, target, pattern: verbForms(target), verb: endsInVerb(target), order, ...(stems ? { stems } : {}) });
    index!.set(target[0]!, group);
  });
  prepared.set(pairs, index);
  return index;
}

/** The copula and its endings after a noun (발렛이라서, 렌트카라고, 캔슬이면). */
const copula = /^이?(라서|라고|라는|래요|래서|면|야|지|었|였|에요|예요)/;

/** Whether `word` minus its last `rest` letters is the word with a particle, an ending, the copula or a light verb removed. */
function endsWell(word: string, rest: number): boolean {
  if (rest === 0) return true;
  const tail = word.slice(word.length - rest);
  return startsWithLightVerb(tail) || copula.test(tail) || isParticleOrEnding(tail) || stems(word).includes(word.slice(0, word.length - rest));
}

/** Whether a list word ends in a verb (몰다, 결제 안 됨, 차 팔았, 튕김): any ending may follow it in the query. */
const endsInVerb = (target: string) => target.length >= 2 && (target.endsWith('다') || !!politeStem(target) || isVerbNoun(target) || isPastTense(target.at(-1)!) || lightForms.some((forms) => forms.includes(target.at(-1)!)));

/** Whether a list word is a verb phrase (몰다, 결제 안 됨, 튕김, 차 빼기, 가져갔), not one that names a thing. */
export const isVerbPhrase = (listed: string) => endsInVerb(compact(listed)) || !!listedVerb(listed);

/**
 * Finds glossary synonyms in the query's words, compared without spaces so `차 팔았는데` finds
 * `차 팔았`; longer synonyms first, no overlaps (with `overlapping`, every span: 자동차 보험 and 보험
 * 갱신 both). A synonym may be followed by an ending in its last word. With `anyForm` (the thesaurus'
 * everyday speech), a verb the list writes in any form matches it with any ending, an adverb between
 * its words aside (차 뺐 ↔ 차는 이미 빼서, 가져갔 ↔ 가져간: listed-verbs.ts).
 */
export function findSynonyms(list: readonly string[], lexicon: Pick<Lexicon, 'synonyms'>, { anyForm = false, overlapping = false } = {}): SynonymSpan[] {
  const spans: SynonymSpan[] = [];
  const taken = new Set<number>();
  // Only synonyms starting with a query word's first letter can match; longest first, a phrase as listed before
  // a verb in any form (주차한 데 before 주차하다), then as listed.
  const index = synonymIndex(lexicon.synonyms);
  const firsts = new Set(list.map((word) => word[0]).filter((first): first is string => !!first));
  const candidates = [...firsts].flatMap((first) => index.get(first) ?? []).sort((a, b) => b.target.length - a.target.length || Number(a.verb) - Number(b.verb) || a.order - b.order);
  // Each word without its particle, once (the loop below compares every candidate at every word).
  const reduced = list.map((word) => shortNoun(word) ?? stem(word));
  for (const { synonym, term, target, pattern, verb: writtenAsVerb, stems } of candidates) {
    const listed = anyForm ? stems : undefined;
    const verb = writtenAsVerb || !!listed;
    for (let start = 0; start < list.length; start++) {
      // A synonym starts at a word with its first letter (the rest of this loop runs per candidate and word).
      if (list[start]![0] !== target[0]) continue;
      // The words before the last one are compared as typed and without their particles (결제가 안 됨 = 결제 안 됨).
      let before = '';
      let beforeStems = '';
      for (let end = start; end < list.length && (overlapping || !taken.has(end)); end++) {
        const word = list[end]!;
        // The synonym must start at a word and end inside the last word, followed by nothing, a
        // particle or ending, or a light verb (캔슬했어요, 환급받고); 주행거리 is not 주행 + 거리.
        // A verb may be followed by any ending (몰다 → 몰았다고, 결제 안 됨 → 결제 안 된대요).
        const fits = (head: string) => {
          const joined = head + word;
          if (listed && head === listed.head && isListedVerbForm(word, listed)) return true;
          return pattern.test(joined) && head.length < target.length && (verb || endsWell(word, joined.length - target.length));
        };
        // Not when a noun entry ends in a word like 안 or 못: after a particle it is the negation
        // (차가 안 나와요), not the noun of the entry (차 안 = inside the car).
        const stripped = beforeStems !== before && (verb || !isStopWord(word));
        if (fits(before) || (stripped && fits(beforeStems))) {
          for (let index = start; index <= end; index++) taken.add(index);
          spans.push({ start, end, term, synonym });
          break;
        }
        // An adverb between a verb entry's words says how, not what (차는 이미 빼서 = 차 빼다).
        if (listed && end > start && isFiller(word)) continue;
        before += word;
        beforeStems += reduced[end]!;
        if (Math.min(before.length, beforeStems.length) >= target.length) break;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The words with each synonym span replaced by its term. */
export function applySynonyms(list: readonly string[], lexicon: Lexicon): { words: string[]; terms: string[] } {
  const spans = findSynonyms(list, lexicon);
  const words: string[] = [];
  for (let index = 0; index < list.length; index++) {
    const span = spans.find((candidate) => candidate.start === index);
    if (span) {
      words.push(span.term);
      index = span.end;
    } else words.push(list[index]!);
  }
  return { words, terms: spans.map((span) => span.term) };
}

/** Native numerals before a counter, as agents say them and scripts write them (2번 → 두 번). */
const nativeNumbers = ['', '한', '두', '세', '네', '다섯'];

/** A small count written in digits before a counter, in words (결제 2번 → 결제 두 번, 문자 2개 → 문자 두 개). */
export const spelledCounts = (query: string) => query.replace(/(?<![\d.,])([1-5])\s?(번|개|대|회|장)(?=\s|$|[^가-힣])/g, (_, digit: string, counter: string) => `${nativeNumbers[Number(digit)]} ${counter}`);

export function planQuery(query: string, lexicon: Lexicon): QueryPlan {
  const raw = words(spelledCounts(query));
  const sites: string[] = [];
  const rest: string[] = [];
  for (const word of raw) {
    const site = raw.length > 1 || isChoseongWord(word) ? siteOf(word, lexicon.sites) : undefined;
    if (site) sites.push(site);
    else rest.push(word);
  }
  const variants: QueryVariant[] = [];
  const add = (kind: VariantKind, text: string, weight: number) => {
    const clean = text.trim();
    if (clean && !variants.some((variant) => variant.text === clean)) variants.push({ kind, text: clean, weight });
  };
  const normal = rest.join(' ');
  add('literal', normal, 1);

  const stemmed = rest.map((word) => (isChoseongWord(word) ? word : stem(word))).filter((word) => !isStopWord(word));
  add('stem', stemmed.join(' '), 0.95);

  // Spacing: the query's words written together (발레 패스 → 발레패스).
  if (stemmed.length > 1) add('spacing', stemmed.join(''), 0.9);

  // Synonyms: on the raw words (a synonym may include an ending, 차를 팔았) and on the stems.
  const fromRaw = applySynonyms(rest, lexicon);
  const fromStems = applySynonyms(stemmed, lexicon);
  const synonymTerms = [...new Set([...fromRaw.terms, ...fromStems.terms])];
  if (synonymTerms.length) {
    const resolved = fromRaw.words.map((word) => (synonymTerms.includes(word) ? word : stem(word))).filter((word) => !isStopWord(word));
    add('synonym', resolved.join(' '), 0.85);
    add('synonym', fromStems.words.join(' '), 0.85);
  }

  // A syllable still being composed at the end of the query.
  const patterns: string[] = [];
  const last = rest.at(-1);
  if (last) {
    for (const reading of partialReadings(last)) {
      patterns.push(reading.pattern);
      add('partial', [...stemmed.slice(0, -1), reading.prefix].join(' '), 0.8);
    }
  }

  // At most five single-word searches, the longest words first: they say the most.
  const fallbackWords = [...new Set([...synonymTerms.flatMap(words), ...stemmed].filter((word) => !isStopWord(word)))]
    .sort((a, b) => b.length - a.length)
    .slice(0, 5);
  const concepts: Concept[] = [];
  const spans = findSynonyms(rest, lexicon);
  rest.forEach((word, index) => {
    const span = spans.find((candidate) => candidate.start <= index && index <= candidate.end);
    if (span) {
      if (span.start === index) concepts.push({ forms: [compact(span.term), compact(rest.slice(span.start, span.end + 1).map(stem).join(''))], weight: 1, words: rest.slice(span.start, span.end + 1) });
      return;
    }
    if (isChoseongWord(word)) return void concepts.push({ forms: [word], choseong: true, weight: 1, words: [word] });
    const reading = index === rest.length - 1 ? partialReadings(word)[0] : undefined;
    const base = stem(word);
    if (isStopWord(base) || isStopWord(word)) return;
    // One-syllable words say little (차, 돈); a verb form less than a noun (있는지, 왔는데).
    const weight = syllableCount(base) <= 1 && !reading ? 0.3 : mayBePredicate(word) && !lightVerbStem(word) ? 0.5 : 1;
    // The noun before a light verb counts too (환불받을 → 환불).
    const noun = lightVerbStem(word);
    const forms = noun && noun !== base ? [base, noun] : [base];
    concepts.push(reading ? { forms, pattern: reading.pattern, weight, words: [word] } : { forms, typed: withoutEnding(word), weight, words: [word] });
  });

  const partialOnly = !!last && isConsonant([...last].at(-1)!) && !isChoseongWord(last);
  return { normal, sites, variants, words: fallbackWords, patterns, partialOnly, concepts, stems: stemmed };
}
