/**
 * Resolves what an agent typed into prefixes of words the site contains, with the build-time
 * vocabulary (vocabulary.ts): the stem without particles and endings, two query words written
 * together (발레 패스 → 발레패스) or one written apart (이용요금 → 이용 + 요금), a compound's inner
 * part (오인식 → 입출차오인식), 초성 (ㅂㄹㅍㅅ → 발레패스), a syllable still being composed
 * (발레팻 → 발레패스), glossary synonyms, the thesaurus' customer words, a sentence typed without spaces.
 * What was typed wrong is corrections.ts'; what the loaded shards say of a word, site-words.ts'. A word
 * that resolves to nothing reaches no search.
 */
import { isNegation, isNounParticle, isStopWord, lightVerbStem, looksLikePredicate, mayBePredicate, shortNoun, startsWithLightVerb, stem, stems } from '../korean/endings';
import type { Lexicon } from '../korean/lexicon';
import { partialReadings } from '../korean/partial';
import { respaced, segments, shortestSentence, spacedRun } from '../korean/segments';
import { findSynonyms, isVerbPhrase, type QueryPlan, type SynonymSpan } from '../korean/query';
import { isChoseongWord, isSyllable, syllableCount, words as wordsOf } from '../korean/text';
import { adnominalStem, formPrefixes, isFormOf, verbStem } from '../korean/verb-forms';
import { unshifted } from '../korean/typo';
import { countedReadings, countedShardTexts } from './counted';
import { keyboardReading, keyboardWords } from './keyboard';
import { siblingsOf } from './siblings';
import { correct, isKnownWord, isListedTerm, isSingleListedWord, listedCorrection, neverCorrected, withoutLoneCorrections } from './corrections';
import { existsAsPrefix, findWordIn, formsOf, indexOf, isNounOfSite, ownForm, segmentLookups } from './site-words';
import { correctionReadings, type Alternative, type Reading, type ShardOf, type Term } from './terms';
import { aliasesOf, choseongTargets, findWord, wordsWithPrefix, type ShardIndex } from './vocabulary';

export { keyboardReading } from './keyboard';

/** Texts whose shards resolution may read: every suffix of every word (splits and parts), synonyms' words, keyboard readings. */
export function shardTexts(plan: QueryPlan, lexicon: Lexicon): string[] {
  const texts = new Set<string>();
  const typedList = wordsOf(plan.normal);
  const hangul = keyboardWords(typedList, () => false);
  const list = typedList.map((typed, index) => hangul[index] ?? typed);
  for (const [index, typed] of typedList.entries()) {
    const word = list[index]!;
    // Every suffix: a split's rest and a compound's part (of one syllable only when the site writes it alone: 휠, 번).
    for (let at = 0; at < word.length; at++) texts.add(word.slice(at));
    texts.add(typed);
    // The previous word's suffixes run on into this one when the space fell inside a word (발레존위 치 → 위치).
    const previous = index > 0 ? list[index - 1]! : '';
    for (let at = 0; at < previous.length; at++) texts.add(previous.slice(at) + word);
  }
  countedShardTexts(list).forEach((text) => texts.add(text));
  for (const span of phraseSpans(list, lexicon)) {
    const siblings = span.kind === 'thesaurus' ? siblingsOf(lexicon, span.term, span.synonym) : [];
    wordsOf(`${span.term} ${span.also ?? ''} ${siblings.join(' ')}`).forEach((word) => texts.add(word));
  }
  return [...texts];
}

const limit = { partial: 4, choseong: 6, part: 6, typo: 2, verb: 3, siblings: 2 };

/** The fewest words starting with `prefix` that match `pattern` and cover the others (출ㅊ → 출차). */
function completions(index: ShardIndex, prefix: string, pattern: RegExp): string[] {
  const found = wordsWithPrefix(index, prefix).filter((entry) => pattern.test(entry[0]));
  const minimal = found.filter((entry) => !found.some((other) => other !== entry && entry[0].startsWith(other[0])));
  return minimal.sort((a, b) => b[1] - a[1]).slice(0, limit.partial).map((entry) => entry[0]);
}

/**
 * A word written as one that the site writes as two (이용요금 → 이용 + 요금): the longest first part
 * of two syllables or more that is a word of the site, and the rest read by `readRest` (a prefix of
 * two syllables or more, a syllable being composed, a typo). Parts of one syllable say too little:
 * 시세 is not 시 + 세.
 */
function split(shardOf: ShardOf, form: string, readRest: (rest: string) => string[]): string[][] {
  const chars = [...form];
  for (let cut = chars.length - 1; cut >= 2; cut--) {
    const left = chars.slice(0, cut).join('');
    const rest = chars.slice(cut).join('');
    if (!chars.slice(0, cut).every(isSyllable)) continue;
    const leftIndex = indexOf(shardOf, left);
    if (!leftIndex || !findWord(leftIndex, left)) continue;
    const read = readRest(rest);
    if (read.length) return read.map((right) => [left, right]);
  }
  return [];
}

/** The rest of a split as written: a prefix of a word of the site, of two syllables or more. */
const asPrefix = (shardOf: ShardOf) => (rest: string) => ([...rest].every(isSyllable) && syllableCount(rest) >= 2 && existsAsPrefix(shardOf, rest) ? [rest] : []);

/** Words a syllable still being composed may finish as (회원탈ㅌ → 탈퇴), as the last word. */
function completionsOf(shardOf: ShardOf, word: string): string[] {
  for (const reading of partialReadings(word)) {
    const index = indexOf(shardOf, reading.prefix);
    const words = index ? completions(index, reading.prefix, new RegExp(`^${reading.pattern}`)) : [];
    if (words.length) return words;
  }
  return [];
}

/**
 * A verb form modifying a noun (맡긴 차, 긁힌 휠, 받은 쿠폰, 나온 차) read as the verb the site writes
 * in other forms (맡기고, 맡겨, 맡겼는데; 나와, 나왔): the word as written when the site has it, then the
 * fewest of the site's forms that cover the others, the most used first. Only when the site shows it is
 * a verb (a form of it other than the word and its particles) and not a noun (시간이, 쿠폰을 and 요금은
 * are nouns with particles: 시간, 쿠폰 and 요금 are not verbs); otherwise none.
 */
function verbFormsOfSite(shardOf: ShardOf, word: string): Alternative[] {
  const verb = adnominalStem(word);
  const index = verb ? indexOf(shardOf, verb.stem) : undefined;
  if (!verb || !index) return [];
  // A bare stem is a noun unless it is the verb's -아/어 form too (지나 of 시간이 지나 발견).
  const bare = (noun: string) => noun !== verb.infinitive;
  const takesParticles = (noun: string) => wordsWithPrefix(index, noun).some(([site]) => site !== word && ((site === noun && bare(noun)) || isNounParticle(site.slice(noun.length))));
  // Neither the stem (요금 of 요금은 with 요금이, 안내 of 안내는) nor the word (시간 with 시간이, 쿠폰 with 쿠폰을) is a noun of the site.
  if (takesParticles(verb.stem) || takesParticles(word)) return [];
  const candidates = formPrefixes(verb).flatMap((prefix) => wordsWithPrefix(index, prefix));
  const forms = candidates.filter(([site]) => site !== word && isFormOf(site, verb));
  if (!forms.length) return [];
  const minimal = [...new Map(forms.filter(([site]) => !forms.some(([other]) => other !== site && site.startsWith(other))).map(([site, scripts]) => [site, scripts])).entries()];
  const own = findWord(index, word) ? [{ parts: [word], reading: 'word' as const }] : [];
  return [...own, ...minimal.sort((a, b) => b[1] - a[1]).slice(0, limit.verb).map(([site]) => ({ parts: [site], reading: 'word' as const }))];
}

/** Ways a single query word can match, or none. */
function resolveWord(shardOf: ShardOf, word: string, last: boolean, corrections: boolean): Alternative[] {
  const latin = corrections ? keyboardReading(word) : undefined;
  if (latin) {
    // A real Latin word of the site (IFC, CCTV) keeps its meaning first; its Hangul reading comes after.
    const literal = existsAsPrefix(shardOf, word) ? [{ parts: [word], reading: 'word' as const }] : [];
    // Read as the site's words, written apart, a compound's inner part (dhdlstlr → 오인식) or, last, a
    // syllable being composed (rufwpt → 결젯 → 결제); no typo guesses on top of a keyboard reading.
    const readings: Reading[] = ['word', 'split', 'part', ...(last ? (['partial'] as const) : [])];
    const hangul = resolveWord(shardOf, latin, last, false).filter((alternative) => readings.includes(alternative.reading));
    // The query is lower-cased, so Shift is lost (Qorl 빼기 arrives as qorl, 배기): a site word that differs only so is meant.
    const shift = hangul.length ? [] : formsOf(latin).flatMap((form) => correct(shardOf, form).filter((fixed) => unshifted(fixed) === unshifted(form)).map((fixed) => ({ parts: [fixed], reading: 'keyboard' as const })));
    return [...literal, ...hangul.map((alternative) => ({ ...alternative, reading: 'keyboard' as const })), ...shift.slice(0, 1)];
  }
  // A one-syllable noun with its particle (차가 → 차, 휠이 → 휠), when the site has that noun: the noun,
  // not the site's words that happen to start like it with the particle (차가 of 차가운).
  const short = shortNoun(word);
  const shortIndex = short ? indexOf(shardOf, short) : undefined;
  if (short && shortIndex && isNounOfSite(shortIndex, short)) return [{ parts: [short], reading: 'word' }];
  // A noun followed by a light verb in one word (환불받을 → 환불): the noun, when the word itself is not
  // the site's, or when only one syllable of the verb follows (결제할 → 결제, not just the site's 결제할).
  const verbStem = lightVerbStem(word);
  const ownStem = verbStem && !isStopWord(verbStem) ? ownForm(shardOf, verbStem) : undefined;
  if (ownStem && syllableCount(word) - syllableCount(verbStem!) === 1) return [{ parts: [ownStem], reading: 'word' }];
  const own = ownForm(shardOf, word);
  if (own) return withSplit(shardOf, own);
  if (ownStem) return [{ parts: [ownStem], reading: 'word' }];
  // A noun with the adnominal copula (정기권인 차량 → 정기권, 이용중인 → 이용중), when the site has the
  // noun: before splits and typos (정기권인 is not a typo of 정기권이).
  const copulaNoun = word.endsWith('인') ? ownForm(shardOf, word.slice(0, -1)) : undefined;
  if (copulaNoun && syllableCount(copulaNoun) >= 2) return [{ parts: [copulaNoun], reading: 'word' }];
  const read = (reading: Reading, parts: string[][]) => parts.map((list) => ({ parts: list, reading }));
  if (last) {
    const completed = completionsOf(shardOf, word);
    if (completed.length) return read('partial', completed.map((completion) => [completion]));
  }
  for (const form of formsOf(word)) {
    const index = indexOf(shardOf, form);
    const targets = index ? aliasesOf(index, form, 'part').slice(0, limit.part) : [];
    if (targets.length) return read('part', targets.map((target) => [target]));
  }
  for (const form of formsOf(word)) {
    const parts = split(shardOf, form, asPrefix(shardOf));
    if (parts.length) return read('split', parts);
  }
  // A compound of three words or more (발레패스결제카드변경 → 발레패스 + 결제카드 + 변경).
  for (const form of formsOf(word)) {
    const parts = segments(form, segmentLookups(shardOf));
    if (parts) return read('split', [parts]);
  }
  if (last) {
    const parts = split(shardOf, word, (rest) => completionsOf(shardOf, rest));
    if (parts.length) return read('partial', parts);
  }
  // A verb form is not corrected: 된대요 is not a typo of 되나요.
  if (corrections && !neverCorrected(word)) {
    for (const form of formsOf(word)) {
      const close = correct(shardOf, form);
      if (close.length) return read('typo', close.map((fixed) => [fixed]));
    }
    for (const form of formsOf(word)) {
      const parts = split(shardOf, form, (rest) => correct(shardOf, rest));
      if (parts.length) return read('typo', parts);
    }
  }
  const head = formsOf(word).map(headOf).find((candidate) => candidate && findWordIn(shardOf, candidate));
  if (head) return read('part', [[head]]);
  // A noun with the conditional copula (만차면 → 만차), when a word of the site starts with the noun.
  const noun = word.endsWith('면') ? headOf(word) : undefined;
  return noun && existsAsPrefix(shardOf, noun) ? read('word', [[noun]]) : [];
}

/**
 * A noun of three syllables or more without its last syllable, a suffix the site may not write
 * (방문객 → 방문, 대형차 → 대형, 경형차 → 경형): searched when the word itself matches nothing and the
 * site has the rest as a word of its own.
 */
function headOf(form: string): string | undefined {
  const chars = [...form];
  return chars.length >= 3 && chars.every(isSyllable) && !looksLikePredicate(form) ? chars.slice(0, -1).join('') : undefined;
}

/**
 * Neighbouring words whose space fell inside a word of the site (만 차확인 → 만차 + 확인, 세금
 * 계산서발급 → 세금계산서 + 발급), by the index of the first: the site's words they make together
 * (segments.ts). Read on the words as typed, before stop words drop out (만 alone says nothing; 만차
 * does); Hangul words outside the lists' phrases only.
 */
function respacedPairs(shardOf: ShardOf, list: readonly string[], spans: readonly PhraseSpan[]): Map<number, string[]> {
  const found = new Map<number, string[]>();
  const free = (at: number) => [...list[at]!].every(isSyllable) && !spans.some((span) => span.start <= at && at <= span.end);
  for (let at = 0; at + 1 < list.length; at++) {
    const parts = free(at) && free(at + 1) ? respaced(list[at]!, list[at + 1]!, segmentLookups(shardOf)) : undefined;
    if (parts) found.set(at++, parts);
  }
  return found;
}

/**
 * A word the site has, and also its two words when the site writes them apart as well (출차요청 →
 * 출차요청, then 출차 + 요청): both spellings find the script, the one as typed first.
 */
function withSplit(shardOf: ShardOf, own: string): Alternative[] {
  const apart = wholeWords(shardOf, own);
  return [{ parts: [own], reading: 'word' }, ...(apart.length ? [{ parts: apart, reading: 'split' as const }] : [])];
}

function resolveChoseong(shardOf: ShardOf, initials: string): Alternative[] {
  const index = indexOf(shardOf, initials);
  return index ? choseongTargets(index, initials, limit.choseong).map((target) => ({ parts: target.split(' '), reading: 'choseong' })) : [];
}

/** Two words of the site, each of two syllables or more, that a word writes together (출차요청 → 출차 + 요청). */
function wholeWords(shardOf: ShardOf, word: string): string[] {
  const isWord = (rest: string) => [...rest].every(isSyllable) && syllableCount(rest) >= 2 && !!indexOf(shardOf, rest) && !!findWord(indexOf(shardOf, rest)!, rest);
  return split(shardOf, word, (rest) => (isWord(rest) ? [rest] : []))[0] ?? [];
}

/**
 * A list term's words, each as the form the site contains, or as the two words the site writes it
 * apart (the thesaurus' 대형차량 on a site that writes 대형 차량).
 */
function resolveSynonym(shardOf: ShardOf, term: string): Alternative[] {
  const parts = wordsOf(term).map((word) => {
    const own = ownForm(shardOf, word);
    return own ? [own] : (split(shardOf, word, asPrefix(shardOf))[0] ?? []);
  });
  // A term of two words the site also writes as one (이용 중 → 이용중), that spelling too.
  const joined = wordsOf(term).length > 1 ? ownForm(shardOf, wordsOf(term).join('')) : undefined;
  const together = joined && joined !== parts.flat().join('') ? [{ parts: [joined], reading: 'synonym' as const }] : [];
  return [...(parts.every((list) => list.length) ? [{ parts: parts.flat(), reading: 'synonym' as const }] : []), ...together];
}

/**
 * Two neighbouring words written together when the site writes them so (발레 패스 → 발레패스): the
 * joined form, or both apart when both resolve. Only Hangul words of at most three syllables.
 */
function joinNeighbours(shardOf: ShardOf, terms: Term[]): Term[] {
  const out: Term[] = [];
  for (let at = 0; at < terms.length; at++) {
    const term = terms[at]!;
    const next = terms[at + 1];
    const [a, b] = [term.typed.length === 1 ? term.typed[0]! : '', next?.typed.length === 1 ? next.typed[0]! : ''];
    const short = (word: string) => !!word && [...word].every(isSyllable) && syllableCount(word) <= 3;
    if (next && short(a) && short(b) && !term.alternatives.some((alt) => alt.reading === 'choseong')) {
      const joined = formsOf(a + b).find((form) => existsAsPrefix(shardOf, form) && form.length > a.length);
      if (joined) {
        const own = (candidate: Term) => (candidate.alternatives[0]?.reading === 'word' ? candidate.alternatives[0].parts : undefined);
        const apart = own(term) && own(next) ? [{ parts: [...own(term)!, ...own(next)!], reading: 'word' as const }] : [];
        out.push({ typed: [a, b], alternatives: [{ parts: [joined], reading: 'joined' }, ...apart], weight: 1 });
        at++;
        continue;
      }
    }
    out.push(term);
  }
  return out;
}

type PhraseKind = 'glossary' | 'thesaurus' | 'misspelling';

type PhraseSpan = SynonymSpan & {
  kind: PhraseKind;
  /** The thesaurus' term for the same words, when a glossary synonym names another (주차비: 발레 요금 and 주차 요금). */
  also?: string;
};

/**
 * Whether a span opens the query with its subject unsaid: it starts the query and does not modify the
 * next word (나온 차가 …, 나갈 때 …: the noun after an adnominal form is what it says something about).
 */
const opensQuery = (list: readonly string[], span: SynonymSpan) => span.start === 0 && !(span.end < list.length - 1 && adnominalStem(list[span.end]!));

/** The query words a span covers. */
const spanLength = (span: SynonymSpan) => span.end - span.start + 1;

/**
 * Words of the query that a list names as another way to say a term: the glossary's synonyms, the
 * thesaurus' customer words (캔슬 → 취소, 차 빼 주세요 → 출차요청), its verbs that open a query (나갔는데 → 출차)
 * and its misspellings (결재 → 결제);
 * the glossary before the thesaurus, the longest first, no overlaps. A noun the glossary and the thesaurus both list, for different
 * terms, is searched as both (the thesaurus' term is `also`).
 */
function phraseSpans(list: readonly string[], lexicon: Lexicon): PhraseSpan[] {
  // [kind, pairs, whether a span must open the query]
  const lists: [PhraseKind, [string, string][], boolean][] = [
    ['glossary', lexicon.synonyms, false],
    ['thesaurus', lexicon.thesaurus?.words ?? [], false],
    // A verb read so only when it opens the query, its subject unsaid (나갔는데 → 출차; not 돈이 두 번 나갔어요).
    ['thesaurus', lexicon.thesaurus?.opening ?? [], true],
    ['misspelling', lexicon.thesaurus?.misspellings ?? [], false],
  ];
  const found = lists.flatMap(([kind, synonyms, opens]) =>
    findSynonyms(list, { synonyms }, { anyForm: kind === 'thesaurus' })
      .filter((span) => !opens || opensQuery(list, span))
      .map((span): PhraseSpan => ({ ...span, kind })),
  );
  const taken = new Map<number, PhraseSpan>();
  const spans: PhraseSpan[] = [];
  for (const span of found) {
    const covered = Array.from({ length: spanLength(span) }, (_, at) => span.start + at);
    const same = taken.get(span.start);
    // Only for words that name a thing (주차비): a verb phrase the glossary lists (출차가 안돼요) is the team's own, narrower reading.
    const naming = list.slice(span.start, span.end + 1).every((word) => !mayBePredicate(word));
    if (same && same.end === span.end && same.kind === 'glossary' && span.kind === 'thesaurus' && same.term !== span.term && naming) same.also ??= span.term;
    if (covered.some((at) => taken.has(at))) continue;
    for (const at of covered) taken.set(at, span);
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The words of a phrase as the site writes them, when it does: one word (발레패스를 → 발레패스) or
 * the words written together (출차 처리 → 출차처리). Found before the list's term: the site's own word first.
 */
function asWritten(shardOf: ShardOf, typed: string[]): Alternative[] {
  const own = ownForm(shardOf, typed.join(''));
  return own ? [{ parts: [own], reading: 'word' }] : [];
}

/**
 * The words of a phrase as the site writes them apart (주차 요금 → 주차 + 요금, not the glossary's
 * 발레 요금 alone): each word's own form, when every word is a noun of two syllables or more the site
 * has, or a noun with a light verb (입력했어요 → 입력). One-syllable words (차 안, 꽉 참) say too little apart: the list's term speaks for them.
 */
function asWrittenApart(shardOf: ShardOf, typed: string[]): Alternative[] {
  if (typed.length < 2) return [];
  const parts = typed.map((word) => ownForm(shardOf, word));
  // A noun with a light verb counts as its noun (번호 잘못 입력했어요 → 번호 + 잘못 + 입력).
  const nouns = parts.every((part, at) => part && syllableCount(part) >= 2 && (!looksLikePredicate(typed[at]!) || lightVerbStem(typed[at]!) === part));
  return nouns ? [{ parts: parts as string[], reading: 'word' }] : [];
}

/**
 * A phrase of a list, as alternatives. A glossary synonym is its term, and a customer word its term
 * ranked below the word itself, both after the words as the site writes them. A misspelling is
 * corrected to its term (and said so) unless the site has the word as written: a correction never
 * replaces a word of the site.
 */
function resolvePhrase(shardOf: ShardOf, lexicon: Lexicon, span: PhraseSpan, typed: string[], corrections: boolean): Pick<Term, 'alternatives' | 'corrected'> {
  const own = resolveSynonym(shardOf, span.term);
  // A term the site does not write: the group's words that name a thing and that the site has (siblings.ts).
  const term = own.length || span.kind !== 'thesaurus' ? own : siblingsOf(lexicon, span.term, span.synonym).flatMap((word) => resolveSynonym(shardOf, word)).slice(0, limit.siblings);
  const written = [...asWritten(shardOf, typed), ...asWrittenApart(shardOf, typed)];
  const same = (alternative: Alternative) => written.some((own) => own.parts.join(' ') === alternative.parts.join(' '));
  if (span.kind !== 'misspelling') {
    // A thesaurus term found as itself (이용 중이라고 → 이용 중) is the script's own word.
    const reading = span.kind === 'glossary' ? ('synonym' as const) : span.synonym === span.term ? ('word' as const) : ('thesaurus' as const);
    const also = span.also ? resolveSynonym(shardOf, span.also).map((alternative) => ({ ...alternative, reading: 'thesaurus' as const })) : [];
    return { alternatives: [...written, ...[...term.map((alternative) => ({ ...alternative, reading })), ...also].filter((alternative) => !same(alternative))] };
  }
  if (written.length || !corrections) return { alternatives: written };
  return { alternatives: term.map((alternative) => ({ ...alternative, reading: 'typo' as const })), corrected: span.term };
}

/**
 * A list word of everyday speech: a verb, alone or after words that are not nouns of two syllables or
 * more (튕김, 안 돼요, 안 썼, 차 빼 주세요), not one naming the thing (결제 안 됨) or a noun (외제차).
 */
function isEverydayPhrase(listed: string): boolean {
  const list = wordsOf(listed);
  const last = list.at(-1)!;
  const noun = (word: string) => syllableCount(stem(word)) >= 2 && !mayBePredicate(word) && !isStopWord(stem(word));
  return (isVerbPhrase(listed) || mayBePredicate(last)) && !list.slice(0, -1).some(noun);
}

/** 안/못 before a form of 되다 or 하다, as customers say it (안 됐어요, 못 했대요): the verb and the negation. */
const spokenNegation = /^(안|못)(되|돼|됐|된|될|됨|하|해|했|한|할|함)/;

/**
 * How the scripts write a spoken negation of 되다 or 하다 (안 됐어요 → 되지 않았어요, 못 했어요 → 하지
 * 못했어요): the two words the site has, or none. It ranks the script whose text says what the
 * customer said, beside the thesaurus' reading of the complaint (안 돼요 → 오류).
 */
function writtenNegation(shardOf: ShardOf, typed: readonly string[]): Alternative[] {
  const match = spokenNegation.exec(typed.join(''));
  if (!match) return [];
  const verb = '되돼됐된될됨'.includes(match[2]!) ? '되지' : '하지';
  const negation = match[1] === '안' ? '않' : '못';
  return existsAsPrefix(shardOf, verb) && existsAsPrefix(shardOf, negation) ? [{ parts: [verb, negation], reading: 'word' }] : [];
}

/**
 * The query's terms, resolved against the loaded shards. Terms that resolve to nothing have no
 * alternatives. `corrections: false` searches the text as typed (no typo or keyboard-mode reading).
 */
export function resolveTerms(plan: QueryPlan, lexicon: Lexicon, shardOf: ShardOf, corrections = true): Term[] {
  const typedList = wordsOf(plan.normal);
  const hangul = corrections ? keyboardWords(typedList, (word) => existsAsPrefix(shardOf, word)) : [];
  if (!hangul.some(Boolean)) return resolveList(typedList, lexicon, shardOf, corrections);
  // Typed with the IME off: the Korean it reads as, resolved as Korean (no typo guesses on top of it), then said so.
  const list = typedList.map((typed, index) => hangul[index] ?? typed);
  const latin = new Map(typedList.flatMap((typed, index) => (hangul[index] ? [[hangul[index]!, typed] as const] : [])));
  return resolveList(list, lexicon, shardOf, corrections, (word) => !latin.has(word)).map((term) => {
    if (!term.typed.some((word) => latin.has(word))) return term;
    const typed = term.typed.map((word) => latin.get(word) ?? word);
    // Nothing as Korean: the letters as typed (a literal word, Shift lost: resolveWord).
    const alternatives = term.alternatives.length || typed.length > 1 ? term.alternatives : resolveWord(shardOf, typed[0]!, false, true);
    const own: Reading[] = ['word', 'joined', 'split', 'part', 'partial'];
    return { ...term, typed, ...(alternatives.length ? { corrected: term.typed.join(' ') } : {}), alternatives: alternatives.map((alternative) => (own.includes(alternative.reading) ? { ...alternative, reading: 'keyboard' as const } : alternative)) };
  });
}

/** 하다 and 되다, the light verbs. */
const lightVerbs = [verbStem('하'), verbStem('되')];

/**
 * A form of 하다 or 되다 standing alone (되면, 하시는데요, 됐대요, 되냐고): without its noun it says
 * nothing of the topic, and a script that happens to write the same form is no answer. Not searched.
 */
const isBareLightVerb = (word: string) => lightVerbs.some((verb) => isFormOf(word, verb));

/** Parts of a compound from which each part is better searched as a word of its own (발레 + 예약취소 + 수수료). */
const manyParts = 3;

/**
 * A long word that is no word of the site, read as a sentence typed without spaces (segments.ts
 * spacedRun: 발레맡긴뒤주행거리늘었어요 → 발레 맡긴뒤 주행거리 늘었어요), with the words of the site and of the
 * lists, alone or with a particle or ending, as the known words: when the word resolves in no way, or
 * only as a compound of three parts or more, which one script would have to hold all of. The word
 * itself otherwise (카카오패이로 is a typo of one word, not 카카오 + 패이로).
 */
function spacedWords(shardOf: ShardOf, lexicon: Lexicon, word: string): string[] {
  if ([...word].length < shortestSentence || ownForm(shardOf, word)) return [word];
  const [first] = resolveWord(shardOf, word, false, true);
  if (first && !(first.reading === 'split' && first.parts.length >= manyParts)) return [word];
  const { isWord } = segmentLookups(shardOf);
  const isListed = (text: string) => isSingleListedWord(lexicon, text);
  const isKnown = (text: string) => isWord(text) || isListed(text) || stems(text).some((form) => syllableCount(form) >= 2 && (isWord(form) || isListed(form)));
  return spacedRun(word, isKnown) ?? [word];
}

/** The query's words as search reads them: a sentence typed without spaces spaced again (spacedWords). */
export function queryWords(plan: QueryPlan, lexicon: Lexicon, shardOf: ShardOf): string[] {
  return wordsOf(plan.normal).flatMap((word) => spacedWords(shardOf, lexicon, word));
}

/** The terms of the query's words (resolveTerms); `corrects` says which words may be read as typos. */
function resolveList(typedList: readonly string[], lexicon: Lexicon, shardOf: ShardOf, corrections: boolean, corrects: (word: string) => boolean = () => true): Term[] {
  const list = typedList.flatMap((word) => spacedWords(shardOf, lexicon, word));
  const spans = phraseSpans(list, lexicon);
  const terms: Term[] = [];
  const meantAsTyped = new Set<Term>();
  // A phrase whose term the site does not have, in any way, is read word by word (주차 자리 → 주차, 자리).
  const phrases = new Map(
    spans.flatMap((span) => {
      const typed = list.slice(span.start, span.end + 1);
      const phrase = resolvePhrase(shardOf, lexicon, span, typed, corrections && typed.every(corrects));
      // A verb phrase of everyday speech names the script's concept loosely: it ranks, it does not exclude.
      const optional = span.kind === 'thesaurus' && isEverydayPhrase(span.synonym) && phrase.alternatives.every((alternative) => alternative.reading === 'thesaurus');
      const alternatives = optional ? [...phrase.alternatives, ...writtenNegation(shardOf, typed)] : phrase.alternatives;
      return alternatives.length ? [[span, { typed, weight: 1, ...phrase, alternatives, ...(optional ? { optional } : {}) }] as const] : [];
    }),
  );
  const respaced = respacedPairs(shardOf, list, spans);
  list.forEach((word, index) => {
    if (respaced.has(index - 1)) return;
    const together = respaced.get(index);
    if (together) {
      // Apart as typed too, when both words are read so (주행 거리늘어남 → 주행 + 거리 + 늘어…).
      const apart = [word, list[index + 1]!].map((typed, at) => resolveWord(shardOf, typed, index + at === list.length - 1, false).find((alternative) => alternative.reading === 'word')?.parts);
      const alternatives: Alternative[] = [{ parts: together, reading: 'joined' }, ...(apart.every(Boolean) ? [{ parts: apart.flat() as string[], reading: 'split' as const }] : [])];
      return void terms.push({ typed: [word, list[index + 1]!], alternatives, weight: 1 });
    }
    const span = [...phrases.keys()].find((candidate) => candidate.start <= index && index <= candidate.end);
    if (span) {
      if (span.start === index) terms.push(phrases.get(span)!);
      return;
    }
    // 초성 of two consonants alone is chat, not a script (ㅇㅋ, ㄱㅅ, ㅎㅇ); beside other words it narrows them (ㅎㅇ ㅌㅌ → 회원 탈퇴).
    if (isChoseongWord(word)) return void terms.push({ typed: [word], alternatives: list.length === 1 && word.length <= 2 ? [] : resolveChoseong(shardOf, word), weight: 1 });
    // A word whose stem says nothing (어디예요, 지금은), or a bound noun or a word like 손님 with its particle (데가, 수가, 손님이), is not searched.
    if (stems(word).some(isStopWord) || isStopWord(shortNoun(word) ?? '') || isStopWord(word.replace(/[이가은는을를의도]$/, ''))) return;
    if (isBareLightVerb(word)) return;
    // A one-syllable verb after a negation (기억 안 나요, 못 가요) or ending the sentence politely after
    // other words (오류 나요, 알림 와요) is not a noun with a particle (나 + 요).
    const politeVerb = index > 0 && index === list.length - 1 && word.endsWith('요');
    if ((isNegation(list[index - 1]) || politeVerb) && shortNoun(word)) return;
    // A verb form modifying a noun (맡긴 차) ranks by its verb; the noun it modifies says what is meant.
    // A number with a unit (5분, 삼십 분째) ranks by the site's words of that unit; never a typo.
    const counted = countedReadings(shardOf, word);
    if (counted) return void terms.push({ typed: [word], alternatives: counted, weight: 1, optional: true });
    const verb = verbFormsOfSite(shardOf, word);
    if (verb.length) return void terms.push({ typed: [word], alternatives: verb, weight: 1, optional: true, modifier: true });
    const mayCorrect = corrections && corrects(word) && !isListedTerm(lexicon, word);
    const own = resolveWord(shardOf, word, index === list.length - 1, mayCorrect);
    // A word the site has in no reading may be a slip on a word of the lists (주치비 → 주차비 → 발레 요금).
    const listed = own.length || !mayCorrect || neverCorrected(word) ? undefined : listedCorrection(shardOf, lexicon, word, (listed) => resolveList([listed], lexicon, shardOf, false));
    const alternatives = listed?.alternatives ?? own;
    const weight = syllableCount(alternatives[0]?.parts[0] ?? word) <= 1 ? 0.3 : 1;
    const fix = alternatives.find((alternative) => correctionReadings.includes(alternative.reading));
    const optional = alternatives.length > 0 && isVerbForm(word, alternatives[0]!.parts[0]!);
    const corrected = listed?.word ?? (fix && alternatives[0] === fix ? fix.parts.join(' ') : undefined);
    const term: Term = { typed: [word], alternatives, weight, ...(corrected ? { corrected } : {}), ...(optional ? { optional } : {}) };
    if (term.corrected && isKnownWord(shardOf, word)) meantAsTyped.add(term);
    terms.push(term);
  });
  return requireSomething(joinNeighbours(shardOf, withoutLoneChoseong(withoutLoneCorrections(terms, meantAsTyped))));
}

/** 초성 of two consonants beside words of which none is found is chat too (ㅎㅇ 뭐해), as alone (resolveList); beside another 초성 it is not (ㅎㅇ ㅌㅌ). */
function withoutLoneChoseong(terms: Term[]): Term[] {
  const short = (term: Term) => term.typed.length === 1 && isChoseongWord(term.typed[0]!) && term.typed[0]!.length <= 2;
  const found = terms.filter((term) => term.alternatives.length);
  if (found.length >= 2 || found.some((term) => !short(term))) return terms;
  return terms.map((term) => (short(term) ? { ...term, alternatives: [] } : term));
}

/**
 * Whether a query word found as `found` is a verb form the site happens to have (모르겠어요 →
 * 모르겠, 늦게, 달라고): it ranks, it does not exclude. A noun with a light verb names its noun
 * (추가하려는데 → 추가, 결제됨 → 결제) and stays required.
 */
function isVerbForm(word: string, found: string): boolean {
  const rest = word.startsWith(found) ? word.slice(found.length) : '';
  return mayBePredicate(word) && !startsWithLightVerb(rest);
}

/**
 * Optional terms stay optional only beside a required term that names something (a noun, not a verb
 * form the site happens to have: 주차한 데를 모르겠어요 lists by 주차 위치 and 모르겠 together).
 */
function requireSomething(terms: Term[]): Term[] {
  const named = terms.some((term) => !term.optional && term.alternatives.length && !mayBePredicate(term.typed.at(-1)!));
  return named ? terms : terms.map(({ optional: _, ...term }) => term);
}
