/**
 * Whether a short query is about another topic than the site's: its first noun, which says what the
 * rest is about, is one search knows in no way (not the site's word, a part, a typo or a keyboard slip,
 * not a word the glossary or the thesaurus lists), in a list of nouns that names none of the site's own
 * topics (미용실 예약, 택배 환불, 넷플릭스 구독 해지). The site's words there are everyday words of
 * another service, so the query finds nothing rather than every script that has them.
 *
 * What keeps a query about the site: a verb form (지갑 두고 내렸어요, 카톡 안옴: a question told in words), a word
 * naming one of the site's topics — the first part of its categories, 발레, 주차 (거래처 손님 주차,
 * 테슬라 발레 충전) —, or a noun whose head is a noun of the site, written together or apart (경형차,
 * 와이프 차: a kind of car, someone's car). Things people keep in a car (지갑, 노트북) are the
 * thesaurus' words for 물건, so they are known words.
 *
 * Other services the thesaurus names (its groups of the domain elsewhere, data editors extend: 지하철,
 * 버스, 액정, 노트북 충전기) are another topic wherever they stand in such a list, even when search knows
 * every other word (지하철 분실물 센터, 휴대폰 액정 파손), unless the site's scripts contain the word (or, for a
 * name of several words, the phrase). So is a
 * thing the thesaurus reads as a term this site's scripts lack (주유소 → 주유, on a site with no script on fuel).
 */
import { isParticle, isStopWord, mayBePredicate, shortNoun, startsWithLightVerb, stems } from '../korean/endings';
import { isVerbNoun } from '../korean/listed-verbs';
import type { Lexicon } from '../korean/lexicon';
import { isPlaceOrTime, isPlaceOrTimeTerm } from '../korean/places-and-times';
import { findSynonyms, isVerbPhrase, type QueryPlan } from '../korean/query';
import { compact, isSyllable, syllableCount, words as wordsOf } from '../korean/text';
import type { ScriptTable } from './data/format';
import { queryWords } from './resolve';
import type { Alternative, Reading, ShardOf, Term } from './terms';
import { indexShard, prefixScripts, wordsWithPrefix } from './vocabulary';

/** Words of a short question with a verb about another service's thing (카카오 T 바이크 반납 어디에 해요); longer, it is told at length. */
const questionWords = 7;

/** Words of a short list of nouns (two to five: 쇼핑몰 포인트 적립 이벤트 응모): longer, an agent is telling a question, not naming a topic. */
const listWords = { least: 2, most: 5 };

/** The site's own topics: the first part of its category paths (발레 ▶ 결제/환불 ▶ 환불 → 발레), once per table. */
const topics = new WeakMap<ScriptTable, string[]>();
function topicsOf(table: ScriptTable): string[] {
  let known = topics.get(table);
  if (!known) topics.set(table, (known = [...new Set(table.categories.map((path) => compact(path.split('▶')[0] ?? '')).filter(Boolean))]));
  return known;
}

/** Every word of the lexicon's lists, compact (glossary terms and synonyms, the thesaurus' terms and words), once per lexicon. */
const listed = new WeakMap<Lexicon, Set<string>>();
function listedWords(lexicon: Lexicon): Set<string> {
  let known = listed.get(lexicon);
  if (!known) {
    const pairs = [...lexicon.synonyms, ...(lexicon.thesaurus?.words ?? []), ...(lexicon.thesaurus?.misspellings ?? [])];
    listed.set(lexicon, (known = new Set([...lexicon.terms, ...pairs.flat()].map(compact))));
  }
  return known;
}

/** Whether the site has `noun` as a word of its own or with a particle (차, 차가, 카드를), loaded shards permitting. */
function isSiteNoun(shardOf: ShardOf, noun: string): boolean {
  const shard = shardOf(noun);
  if (!shard || isStopWord(noun)) return false;
  return wordsWithPrefix(indexShard(shard), noun).some(([word]) => word === noun || shortNoun(word) === noun || stems(word).includes(noun));
}

/**
 * Whether a noun is headed by a noun of the site or of the lists: its last two syllables (아빠카드 →
 * 카드), or its last syllable when the site has it and the lists name it too (경형차 → 차; not the 점 of
 * 편의점 or the 장 of 헬스장, which the site has only in other senses).
 */
function hasSiteHead(shardOf: ShardOf, lexicon: Lexicon, word: string): boolean {
  const chars = [...word];
  const tail = chars.slice(-2).join('');
  if (chars.length > 2 && (isSiteNoun(shardOf, tail) || listedWords(lexicon).has(tail))) return true;
  const last = chars.at(-1)!;
  return isSiteNoun(shardOf, last) && listedWords(lexicon).has(last);
}

/**
 * Whether a noun is a compound of the site's world: headed by a noun of the site or the lists
 * (hasSiteHead: 경형차, 아빠카드), or opening with a word of two syllables or more that the lists name
 * or that is a topic of the site (발렛비 → 발렛, 발레비 → 발레; not any word of the site: the 편의 of 편의점
 * is a word of many scripts).
 */
function ofTheSite(shardOf: ShardOf, lexicon: Lexicon, topics: readonly string[], word: string): boolean {
  const chars = [...word];
  const opens = (cut: number) => listedWords(lexicon).has(chars.slice(0, cut).join('')) || topics.includes(chars.slice(0, cut).join(''));
  return hasSiteHead(shardOf, lexicon, word) || Array.from({ length: Math.max(0, chars.length - 2) }, (_, at) => at + 2).some(opens);
}

/** Readings through a list (the glossary's synonyms, the thesaurus): they stand for the term, not for the words typed. */
const listReadings: readonly Reading[] = ['synonym', 'thesaurus'];

/** Whether a term says something of the site: read through a list (두고 내렸어요 → 분실물), or a noun of two syllables or more the site has, not a question word. */
const saysOfTheSite = (term: Term) =>
  !term.typed.some(isQuestionWord) &&
  term.alternatives.some(({ parts, reading }) => listReadings.includes(reading) || (reading !== 'typo' && syllableCount(parts[0] ?? '') >= 2 && !term.typed.some(isVerbLike)));

/** A question word (언제, 어디, 얼마나, 몇): it asks, it says nothing of what is asked about. */
const isQuestionWord = (word: string) => /^(언제|어디|어떻게|어케|얼마|몇|왜|누가|누구|뭐|무엇|무슨|어느)/.test(word);

/** Nouns that ask about an attribute of the noun before them (배터리 교체 비용, 채용 일정): that noun is the thing asked about. */
const attributes = new Set(['비용', '가격', '요금', '금액', '방법', '시간', '기간', '날짜', '일정', '위치', '절차', '정도']);
const isAttribute = (word: string) => stems(word).some((form) => attributes.has(form));

/** Bound nouns after a verb's adnominal form (끊을 수, 나간 거, 간 적): the word before them is a verb. */
const boundNouns = new Set(['수', '거', '것', '적', '줄', '데']);

/** Auxiliary verbs after a verb's -아/-어 form (찾아 달라고, 빼 주세요, 알아봐 드릴게요): the word before them is a verb. */
const isAuxiliary = (word: string | undefined) => !!word && /^(달라|달래|주세|주셔|주시|주실|줘|드려|드리|드릴|보세|봐)/.test(word);

/** A word that may be a verb form: by its ending (열려요, 두고내림, 안옴) or as a light verb (하려면, 해도). */
const isVerbLike = (word: string) => mayBePredicate(word) || isVerbNoun(word) || startsWithLightVerb(word);

/** The share of the site's scripts from which a word is common: it says nothing of what a question asks. */
const commonShare = 1 / 3;

/** Whether a third of the site's scripts or more have a word (안내, which 알려 주세요 reads as; 카카오 of 카카오 T). */
function isCommon(shardOf: ShardOf, table: ScriptTable, word: string): boolean {
  const shard = shardOf(word);
  return !!shard && prefixScripts(indexShard(shard), word) > table.category.length * commonShare;
}

/** The texts whose shards `isOtherTopic` reads beyond resolution's: the first word's last syllable. */
export function topicShardTexts(plan: QueryPlan): string[] {
  const first = wordsOf(plan.normal)[0];
  return first && syllableCount(first) >= 2 ? [[...first].at(-1)!] : [];
}

/** The term that found a word as typed (a reading of the site's), if any. */
const foundTerm = (terms: readonly Term[], word: string) => terms.find((term) => term.typed.includes(word) && term.alternatives.length > 0);

/** Whether a word of the query is a verb form (열려요, 두고내림, 안옴) not found as the site's noun (세금계산서 is not -서). */
function hasVerbForm(typed: readonly string[], terms: readonly Term[], lexicon: Lexicon, names: readonly OtherSpan[]): boolean {
  // A word found as itself, or with a particle, is the site's noun even when it ends like a verb form (세금계산서 is not -서;
  // 탈퇴해요 is a verb), and so is one found inside a word of the site as typed (하남 of 스타필드하남).
  const asItself = (word: string) =>
    !!foundTerm(terms, word)?.alternatives.some(({ parts, reading }) => (word.startsWith(parts.join('')) && (word === parts.join('') || isParticle(word.slice(parts.join('').length)))) || (reading === 'part' && parts.join('').includes(word)));
  // A word the lists name as it is typed is their noun (출고, 하이패스), not a verb form, and so is a word of another service's name (선물하기).
  const named = (index: number) => names.some((span) => covers(span, index));
  return typed.some((word, index) => isVerbLike(word) && !asItself(word) && !listedWords(lexicon).has(word) && !named(index));
}

/**
 * Whether search read a word as one of the site's topics: the site's own word (주차장, 발레존) or a list's
 * word for the topic itself (발렛 → 발레); not a reading that only starts so (환불 → 결제 취소), nor a topic
 * of one syllable (앱: the app every service lives in, 카카오 T 앱에서 기차표 예매), nor a topic every service
 * has (the thesaurus' everyService: 결제) among the nouns right after another service's name (`claimed`:
 * 넷플릭스 결제 카드, 배민 주문 결제 취소했는데).
 */
function namesSiteTopic(terms: readonly Term[], table: ScriptTable, lexicon: Lexicon, claimed: (term: Term) => boolean): boolean {
  const everyService = new Set((lexicon.thesaurus?.everyService ?? []).map(compact));
  const names = (term: Term) => ({ parts, reading }: Alternative) =>
    topicsOf(table).some(
      (topic) => syllableCount(topic) >= 2 && (listReadings.includes(reading) ? parts.join('') === topic : parts.join('').startsWith(topic)) && !(everyService.has(topic) && claimed(term)),
    );
  return terms.some((term) => term.alternatives.some(names(term)));
}

/** Whether a word carries a particle (발렛패스로, 택시가): a phrase of nouns ends there. */
const carriesParticle = (word: string) => shortNoun(word) !== undefined || stems(word).some((form) => form !== word && word.startsWith(form) && isParticle(word.slice(form.length)));

/**
 * Whether a term stands among the nouns right after a name of another service, that name and the nouns
 * between bare — no verb form, no particle (배민 주문 결제 취소했는데: 주문, 결제; not the 결제 of 렌트카
 * 반납했는데 발렛패스로 결제).
 */
function followsOtherService(typed: readonly string[], spans: readonly OtherSpan[], term: Term): boolean {
  const at = typed.indexOf(term.typed[0]!);
  return spans.some(({ end }) => end < at && typed.slice(end, at).every((word) => !isVerbLike(word) && !carriesParticle(word)));
}

/**
 * A span of the query naming another service's thing; `atPlace` when a particle of place follows it (택시에,
 * 지하철에서); `carried` when it is a thing customers carry (노트북 충전기: the thesaurus group's `carried`),
 * not a service's.
 */
interface OtherSpan {
  start: number;
  end: number;
  atPlace?: boolean;
  /** A subject particle follows it (택시가, 기사님이): the service did what the sentence tells. */
  asSubject?: boolean;
  carried?: boolean;
}

/** Whether a span of the query holds the word at `index`. */
const covers = ({ start, end }: OtherSpan, index: number) => start <= index && index <= end;

/** Subject particles: the noun before them did what the sentence tells (택시가 길을 돌아가서). */
const isSubjectParticle = (tail: string) => ['이', '가', '께서'].includes(tail);

/** Particles of place: what follows them happened at another service (택시에 우산 두고 내렸어요), not at the site. */
const isPlaceParticle = (tail: string) => ['에', '에서', '에서는', '에서도', '에는'].includes(tail);

/**
 * The spans of the query, by word index, that name another service's thing the thesaurus lists (its
 * groups of the domain elsewhere: 지하철, 버스 정류장, 액정, 노트북 충전기), as a word or with a particle,
 * anywhere in the list (휴대폰 액정 파손: a phone's screen): a name of one word unless the site's scripts contain
 * it, a name of several words as listed (the build leaves out of lexicon.json those the scripts' text says:
 * model/thesaurus.ts withoutSitePhrases), so 카드 분실 신고 is another service's though the site has each word.
 */
function otherServiceSpans(typed: readonly string[], shardOf: ShardOf, lexicon: Lexicon): OtherSpan[] {
  const services = lexicon.thesaurus?.elsewhere;
  if (!services?.length) return [];
  const siteHas = (word: string) => stems(word).some((form) => isSiteNoun(shardOf, form));
  // Every listed name, overlapping ones joined (자동차 보험 + 보험 갱신 → 자동차 보험 갱신), so a name of
  // the site's words alone (자동차 보험) still joins the one it runs into.
  // A name of several words is another service's as listed: the build left out those the site's text says
  // (withoutSitePhrases); a name of one word, unless the site has the word.
  const carriedServices = new Set(lexicon.thesaurus?.carried ?? []);
  const joined: (OtherSpan & { phrase: boolean })[] = [];
  for (const { start, end, synonym, term } of findSynonyms(typed, { synonyms: services }, { overlapping: true }).sort((a, b) => a.start - b.start)) {
    const tail = compact(typed.slice(start, end + 1).join('')).slice(compact(synonym).length);
    const [atPlace, asSubject] = [isPlaceParticle(tail), isSubjectParticle(tail)];
    const phrase = wordsOf(synonym).length > 1;
    const carried = carriedServices.has(term);
    const last = joined.at(-1);
    if (last && start <= last.end) Object.assign(last, { end: Math.max(last.end, end), atPlace: last.atPlace || atPlace, asSubject: last.asSubject || asSubject, phrase: last.phrase || phrase, carried: last.carried && carried });
    else joined.push({ start, end, atPlace, asSubject, phrase, carried });
  }
  return joined.filter(({ start, end, phrase }) => phrase || typed.slice(start, end + 1).some((word) => !siteHas(word)));
}

/**
 * The thesaurus' things as [word, term] pairs: its groups' nouns and their terms (호텔 is the term of 숙소,
 * 리조트); not places and times, which say where and when a thing of the site happened (백화점 주차권 안
 * 먹혀요, 어제 취소했는데). Once per lexicon: findSynonyms indexes a list once.
 */
const thingPairs = new WeakMap<Lexicon, [string, string][]>();
function thingsOf(lexicon: Lexicon): [string, string][] {
  let known = thingPairs.get(lexicon);
  if (!known) {
    const pairs = (lexicon.thesaurus?.words ?? []).filter(([, term]) => !isPlaceOrTimeTerm(lexicon, term));
    thingPairs.set(lexicon, (known = [...pairs, ...[...new Set(pairs.map(([, term]) => term))].map((term): [string, string] => [term, term])].filter(([word]) => !isVerbPhrase(word))));
  }
  return known;
}

/**
 * The spans of the query that name a thing the thesaurus knows (주유소 → 주유) and the site's scripts do
 * not: search found nothing for them, so they are another topic for this site as the elsewhere groups are.
 * `asTyped`: the query's words as the agent spaced them.
 */
function uncoveredThings(typed: readonly string[], terms: readonly Term[], shardOf: ShardOf, lexicon: Lexicon, asTyped: ReadonlySet<string>): OtherSpan[] {
  const things = thingsOf(lexicon);
  if (!things.length) return [];
  // The site lacks the term when a word of it is no word of the site, its shard loaded (search looked it up).
  const siteLacks = (term: string) => wordsOf(term).some((word) => !!shardOf(word) && !isSiteNoun(shardOf, word));
  // Nor is a word headed by the site's noun uncovered (페이결제: 결제, spaced otherwise than search reads it), nor
  // a piece search cut out of a run typed without spaces (출금 of 주차비중복출금: the run is the site's compound).
  const uncovered = (word: string) => asTyped.has(word) && !foundTerm(terms, word) && !hasSiteHead(shardOf, lexicon, word);
  return findSynonyms(typed, { synonyms: things })
    .filter(({ start, end, term }) => siteLacks(term) && typed.slice(start, end + 1).every(uncovered))
    .map(({ start, end }) => ({ start, end, carried: true }));
}

/**
 * The terms outside the words that name another service (`spans`): the site's topic word inside such a
 * name is that service's (발레 of 발레 학원 is the dance, 주차 of 불법 주차 the police's), not the site's.
 */
function outsideOtherServices(typed: readonly string[], terms: readonly Term[], spans: readonly { start: number; end: number }[]): readonly Term[] {
  const inside = new Set(spans.flatMap(({ start, end }) => typed.slice(start, end + 1)));
  return inside.size ? terms.filter((term) => !term.typed.every((word) => inside.has(word))) : terms;
}

/**
 * Whether a list's first word is a Hangul noun of two syllables or more that search read in no way and
 * the lists do not name, whose head is no noun of the site (also as the next word: 와이프 차), while
 * another word was found.
 */
function startsUnknown(typed: readonly string[], terms: readonly Term[], shardOf: ShardOf, lexicon: Lexicon, table: ScriptTable): boolean {
  if (typed.length < listWords.least || !terms.some((term) => term.alternatives.length)) return false;
  // The first noun says what the rest is about (미용실 예약: a 미용실's); a last one the site lacks is more
  // likely an everyday word for what it names otherwise (렌트카 반납).
  const [first, next] = typed as [string, string];
  if (foundTerm(terms, first) || ![...first].every(isSyllable) || syllableCount(first) < 2) return false;
  if (stems(first).some((form) => listedWords(lexicon).has(form) || isStopWord(form))) return false;
  const site = (word: string) => ofTheSite(shardOf, lexicon, topicsOf(table), word);
  return !site(first) && !(syllableCount(next) === 1 && site(next));
}

/**
 * Whether a question told with a verb, naming another service's thing (`spans`), is that service's. It is
 * the site's only when its other words (`outside`) say something of the site (노트북 충전기 두고 내렸어요:
 * 분실물), not only a verb or a one-syllable word (지하철 막차 몇 시예요), and when that thing is what the
 * question is about — its last noun, question words and attributes aside (이번 주말 날씨 어때요, 채용 공고
 * 언제 떠요, 배터리 교체 비용 얼마예요), or its first, 고객님, places, times and common words aside (택시
 * 호출했는데 기사가 안 잡혀요, 호텔 숙박 날짜 변경하고 싶어요, 카카오 T 셔틀 예약) — never when that thing is a
 * service's, whatever the predicate (택시 뒷좌석에 노트북 두고 내렸어요, 쿠팡이츠 주문 환불 안 됨), and when it is a
 * thing customers carry (the thesaurus group's `carried`: 노트북 충전기) or one the site lacks (주유소), only when
 * the predicate says something of the site through a list (두고 내렸 → 분실물), and not a common word (알려
 * 주세요 → 안내 says nothing of what is asked). Told as happening at another service (a particle of place:
 * 택시에 우산 두고 내렸어요), it is that service's whatever the predicate.
 */
function asksOfOtherService(typed: readonly string[], spans: readonly OtherSpan[], outside: readonly Term[], shardOf: ShardOf, lexicon: Lexicon, table: ScriptTable): boolean {
  if (!outside.some(saysOfTheSite) || spans.some(({ atPlace }) => atPlace)) return true;
  // A word before a bound noun (끊을 수, 나간 거) or an auxiliary verb (찾아 달라고) is a verb's form, not the thing asked about.
  const head = typed.findLastIndex(
    (word, index) => !isVerbLike(word) && !isQuestionWord(word) && !isStopWord(word) && !boundNouns.has(typed[index + 1] ?? '') && !isAuxiliary(typed[index + 1]) && !isAttribute(word),
  );
  const first = firstNoun(typed, shardOf, lexicon, table);
  const asked = spans.filter((span) => covers(span, first) || covers(span, head));
  if (!asked.length) return false;
  // A service's thing asked about: that service's question whatever its verb says (쿠팡이츠 주문 환불 안 됨).
  // A thing customers carry may be the site's (노트북 충전기 두고 내렸어요).
  if (!asked.every(({ carried }) => carried)) return true;
  // A question word asks (얼마예요 → 요금) and an attribute says which of the thing's (교체 비용): neither says
  // anything of the site.
  const predicate = outside.filter((term) => term.typed.some((word) => typed.lastIndexOf(word) > head) && !term.typed.some((word) => isQuestionWord(word) || isAttribute(word)));
  return !predicate.some((term) => term.alternatives.some(({ parts, reading }) => listReadings.includes(reading) && !isCommon(shardOf, table, parts.join(''))));
}

/** Forms of 타다, to ride (타고, 타러, 탔는데): the noun before them is how the customer came or goes (택시 타고 와서), not what is asked. */
const isRiding = (word: string | undefined) => !!word && /^(타(고|서|러|는|면|다가|고서|는데|요|기|려고|려는데|려면)?|탔(는데|다가|어요|고|을|더니)|탈|탄)$/.test(word);

/** The index of a question's first noun: 고객님 and other stop words, places, times, common words and what the customer rode aside. */
const firstNoun = (typed: readonly string[], shardOf: ShardOf, lexicon: Lexicon, table: ScriptTable) =>
  typed.findIndex((word, index) => !isPlaceOrTime(lexicon, word) && !isRiding(typed[index + 1]) && !stems(word).some((form) => isStopWord(form) || isCommon(shardOf, table, form)));

/**
 * A query about another service, naming no topic of the site outside that service's words: a list of up
 * to five nouns naming one the thesaurus names (otherServiceSpans: 지하철 분실물 센터; uncoveredThings: a
 * thing the thesaurus knows and the site's scripts lack, 주유소) or whose first noun search knows in no
 * way (startsUnknown: 미용실 예약); or a question with a verb of up to seven words (question words, 고객님 and fillers aside)
 * that names one, when its other words say nothing of the site (지하철 막차 몇 시예요) or the thing is what it
 * asks about (asksOfOtherService: 이번 주말 날씨 어때요); or a sentence told at length whose first noun is a
 * service doing what it tells (택시가 길을 돌아가서 요금이 많이 나왔다고 …).
 */
export function isOtherTopic(plan: QueryPlan, terms: readonly Term[], shardOf: ShardOf, lexicon: Lexicon, table: ScriptTable): boolean {
  // Every word as typed, also those search leaves out (주세요, 어떻게): they make a sentence; a sentence typed
  // without spaces as search spaces it (미용실예약취소 → 미용실 예약취소).
  const typed = queryWords(plan, lexicon, shardOf);
  const spans = [...otherServiceSpans(typed, shardOf, lexicon), ...uncoveredThings(typed, terms, shardOf, lexicon, new Set(wordsOf(plan.normal)))].sort((a, b) => a.start - b.start);
  const outside = outsideOtherServices(typed, terms, spans);
  const verb = hasVerbForm(typed, terms, lexicon, spans);
  // A question word (뭐, 언제), 고객님 or a filler (지금, 아직) tells nothing more of the question; words search
  // read as one (카카오 T) count once.
  const tells = (word: string) => !isQuestionWord(word) && !stems(word).some(isStopWord);
  const length = typed.filter(tells).length - terms.reduce((joined, term) => joined + Math.max(0, term.typed.filter(tells).length - 1), 0);
  const claimed = (term: Term) => followsOtherService(typed, spans, term);
  if (!typed.length || namesSiteTopic(outside, table, lexicon, claimed)) return false;
  if (length > (verb ? questionWords : listWords.most)) {
    // Told at length, a sentence is the service's when its first noun is a service doing what it tells (택시가 길을 돌아가서 …).
    const first = firstNoun(typed, shardOf, lexicon, table);
    return verb && spans.some((span) => span.asSubject && !span.carried && covers(span, first));
  }
  if (verb) return spans.length > 0 && asksOfOtherService(typed, spans, outside, shardOf, lexicon, table);
  return spans.length > 0 || startsUnknown(typed, terms, shardOf, lexicon, table);
}
