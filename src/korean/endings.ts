/**
 * Strips particles (조사) and verb endings (어미) from the end of a Korean word, so `발레패스를` and
 * `해지하려면` reach the stem Pagefind indexed. es-hangul attaches josa but cannot remove them, and a
 * full morphological analyser is too heavy for the browser; this is a short list of what agents type.
 */
import { syllableCount } from './text';

/** Endings, longest first within each group so the longest match is removed. */
const verbEndings = [
  '하려고하는데', '하고싶어요', '하고싶은데', '하려면요', '하려는데', '하려고요', '해주세요', '해줘요', '했는데요', '했었는데',
  '되었는데', '되었어요', '됐는데요', '안되는데', '안되나요', '안돼요', '안됨', '안되요', '않았어요', '않아요', '않음',
  '하려면', '하려고', '했는데', '하는데', '했어요', '해야돼', '해야해', '하나요', '할까요', '했음', '했다',
  '됐는데', '됐어요', '되나요', '되는데', '돼요', '됐음', '됨', '됐다', '되요',
  '인데요', '인가요', '인데', '였는데', '이었는데', '이에요', '예요', '에요', '이요',
  '는데요', '는데', '은데', '던데', '나요', '까요', '어요', '아요', '해요', '하기', '하고', '하면', '해서', '했고',
  // A clause asked or reported (있는지, 왔다고, 되냐고): what was said, not a noun.
  '했는지', '는지', '다고', '냐고',
];
const particles = [
  '님께서', '에서는', '에서도', '으로는', '까지는', '에게서', '한테서', '님이', '님은', '님을', '님의', '님께', '님도', '님한테',
  '에서', '으로', '까지', '부터', '에게', '한테', '께서', '이나', '이랑', '처럼', '보다', '마다', '이며', '에는', '에도', '와는', '과는', '만',
  '을', '를', '이', '가', '은', '는', '에', '로', '와', '과', '의', '도', '나', '랑', '요', '님',
];

/**
 * The copula after a noun (차량이면, 발렛이라서, 이용중이래요): stripped only when two syllables or more
 * remain. Not a bare 면 or 야, which end verb forms too (주시면, 해야).
 */
const copulaEndings = ['이라는데', '라는데', '이라서', '이라고', '이래요', '이라면', '라서', '라고', '래요', '이면', '이야'];

/** Adverbs and fillers of spoken sentences: they say how or when, not what (차는 이미 빼서, 좀 빼 주세요). */
const fillers = new Set([
  '좀', '너무', '계속', '그냥', '다시', '지금', '혹시',
  '진짜', '정말', '엄청', '완전', '아까', '방금', '자꾸', '벌써', '아직', '이미', '막', '아예', '도무지', '제발', '일단',
]);

export const isFiller = (word: string) => fillers.has(word);

/** Words with no search value of their own once the stem is gone (안돼요 → nothing to find). */
const stopWords = new Set([
  ...fillers,
  '안', '못', '왜', '어떻게', '어떡해', '어떡하죠', '뭐', '그', '이거', '저', '제', '내', '문의',
  '돼요', '되요', '안돼요', '안돼', '안되', '안됨', '떠요', '떠', '나와요', '있는데', '어디서', '어디', '받아요', '해요', '돼', '안되요', '해요', '했어요', '됐어요', '하나요', '되나요', '했는데', '됐는데', '있어요', '없어요', '싶어요', '주세요', '해주세요', '했음', '됨', '함',
  '고객', '고객님', '손님', '하는', '된', '한', '할', '하고', '하면', '해야', '어요', '요',
  // Words that join or answer clauses: they say nothing of the topic.
  '그런데', '근데', '그래서', '아니', '네',
  // Bound nouns and auxiliaries of spoken sentences (찾는 데, 붙은 거, 할 수, 하고 싶은데): grammar, not topic.
  '거', '것', '데', '수', '지', '때', '싶', '싶은', '싶은데',
  // Bare stems of everyday verbs left when an ending is stripped (하는데 → 하, 왔는데 → 왔, 있는지 → 있).
  '하', '되', '했', '됐', '왔', '갔', '있',
]);

export const isStopWord = (word: string) => stopWords.has(word);

/** The negations of spoken Korean: the word after them is a verb (안 나요, 못 가요, 안 열려요), never a noun. */
export const isNegation = (word: string | undefined) => word === '안' || word === '못';

/**
 * Candidate stems of one word, most likely first: the word itself, then with a verb ending removed,
 * then with a particle removed. A stem keeps at least one syllable (two for a one-letter particle),
 * so `이가` or `나요` alone are not emptied.
 */
export function stems(word: string): readonly string[] {
  let found = stemCache.get(word);
  if (!found) {
    if (stemCache.size > 20000) stemCache.clear();
    stemCache.set(word, (found = stemsOf(word)));
  }
  return found;
}

/** Stems of words seen (the site's typo candidates and the query's words): this runs per keystroke. */
const stemCache = new Map<string, readonly string[]>();

function stemsOf(word: string): string[] {
  const out = [word];
  const add = (stem: string) => {
    if (stem && !out.includes(stem)) out.push(stem);
  };
  for (const ending of verbEndings) {
    if (word.endsWith(ending) && syllableCount(word) > syllableCount(ending)) {
      add(word.slice(0, -ending.length));
      break;
    }
  }
  const copula = copulaEndings.find((ending) => word.endsWith(ending) && syllableCount(word) - syllableCount(ending) >= 2);
  if (copula) add(word.slice(0, -copula.length));
  for (const base of [...out]) {
    for (const particle of particles) {
      // A word of Latin letters or digits before the particle is a stem of its own (SUV도, CCTV를, KTX로).
      const rest = base.slice(0, -particle.length);
      if (base.endsWith(particle) && (syllableCount(base) - syllableCount(particle) >= (particle.length === 1 ? 2 : 1) || /^[a-z0-9]{2,}$/i.test(rest))) {
        add(rest);
        break;
      }
    }
  }
  return out;
}

/** The shortest stem of a word (its most stripped form). */
export const stem = (word: string): string => stems(word).reduce((short, form) => (form.length < short.length ? form : short));

/** The word without a verb ending, particles kept (이용중으로 stays, 해지하려면 → 해지). */
export function withoutEnding(word: string): string {
  const ending = verbEndings.find((candidate) => word.endsWith(candidate) && syllableCount(word) > syllableCount(candidate));
  return ending ? word.slice(0, -ending.length) : word;
}

/** Last syllables that mark a verb or adjective form rather than a noun (습니다, 하도록, 있는). */
const predicateEnd = /[다요까게지고서며면니던데록여해러워는은을한된할될인운봐줘와]$/;

/**
 * The noun a word most likely carries, for compound parts in body text: a noun with a particle
 * (사업자등록증을 → 사업자등록증) or a bare word that does not end like a verb; otherwise undefined.
 */
export function nounOf(word: string): string | undefined {
  if (withoutEnding(word) !== word) return undefined;
  for (const particle of particles) {
    if (word.endsWith(particle) && syllableCount(word) - syllableCount(particle) >= 2) {
      const base = word.slice(0, -particle.length);
      return predicateEnd.test(base) ? undefined : base;
    }
  }
  return predicateEnd.test(word) ? undefined : word;
}

/** Whether `tail` is one of the particles this module strips (이, 을, 에서 …). */
export const isParticle = (tail: string) => particles.includes(tail);

/** Particles that verb endings share (맡기는, 찾은, 찾을, 맡기도, 나오나): after a stem they do not make it a noun. */
const sharedWithEndings = new Set(['은', '는', '을', '도', '요', '나', '만']);

/** Whether `tail` is a particle only a noun takes (이, 가, 를, 에서, 으로 …): 시간이, 쿠폰을 make 시간 and 쿠폰 nouns. */
export const isNounParticle = (tail: string) => particles.includes(tail) && !sharedWithEndings.has(tail);

/** Whether `tail` is one of the particles or endings this module strips (이, 에서, 어요, 하려면 …). */
export const isParticleOrEnding = (tail: string) => particles.includes(tail) || verbEndings.includes(tail);

/**
 * Whether a query word reads as a verb or adjective form (된대요, 하세요, 열려요, 맡겼는데) rather than
 * a noun: a known ending, or a last syllable that ends a sentence or clause. Search neither corrects
 * such a word as a typo nor expects the site to contain it.
 */
export function looksLikePredicate(word: string): boolean {
  return withoutEnding(word) !== word || /[요다죠까데며러니]$/.test(word) || /(는|던)지$|[다라냐자]고$/.test(word);
}

/** Whether a word has a syllable with the final ㅆ, the past of a verb (꺼졌나, 됐길래, 들어갔다가): nouns do not. */
export const hasPastTense = (word: string) => [...word].some(isPastTense);

/** A syllable with ㅆ as its final: the past tense of a verb (팔았, 뺐, 왔), which any ending may follow. */
export const isPastTense = (syllable: string) => {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 20;
};

/**
 * Whether a word may be a verb form joined to the next clause or ending a spoken sentence (달라고,
 * 없어서, 험하게, 돌려줘, 나감) as well as the forms of looksLikePredicate; nouns end so too (사고, 계산서), so this only decides what
 * a query need not find, never what to correct.
 */
export const mayBePredicate = (word: string) => looksLikePredicate(word) || /[고서게해워봐줘와던록여음함됨]$/.test(word);

/**
 * The one-syllable noun under a particle (차에 → 차, 돈이 → 돈), which `stems` keeps whole so that
 * two-syllable words are not cut; undefined when the word is not one syllable plus a particle.
 */
export function shortNoun(word: string): string | undefined {
  const chars = [...word];
  return chars.length === 2 && particles.includes(chars[1]!) ? chars[0] : undefined;
}

/** Light verbs that follow a noun inside one word (환불받을, 등록해야, 취소됐는지, 변경시켜). */
const lightVerbStart = /^(하|해|했|할|한|함|되|돼|됐|될|된|됨|받|시키|시켜|시켰|드리|드려|드렸)/;

/** Whether a text starts with a light verb (하, 됐, 받, 시켜 …). */
export const startsWithLightVerb = (text: string) => lightVerbStart.test(text);

/**
 * The noun before a light verb and whatever ending follows it (환불받을 → 환불, 등록해야 → 등록), or
 * undefined. The noun keeps two syllables or more. Search tries it only after the word itself and its
 * stems found nothing, so a word the site has (연결해제) is never cut.
 */
export function lightVerbStem(word: string): string | undefined {
  const chars = [...word];
  for (let at = 2; at < chars.length; at++) {
    if (startsWithLightVerb(chars.slice(at).join(''))) return chars.slice(0, at).join('');
  }
  return undefined;
}
