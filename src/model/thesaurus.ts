/**
 * The customer-speech thesaurus (고객 표현 사전): groups of words customers and agents say for what the
 * scripts name formally (캔슬 → 취소, 환급 → 환불, 발렛 → 발레, 결재 → 결제). The product ships a default
 * (src/data/thesaurus.yaml); a content directory's thesaurus.yaml extends or overrides it by `term`.
 * Pure: the schema, the checks across groups, the merge and the data the browser's search needs.
 */
import { z } from 'astro/zod';
import { josa } from 'es-hangul';

/** The domains the scripts cover; a group names one so coverage can be counted and browsed. */
export const thesaurusDomains = ['valet', 'parking', 'payment', 'vehicle', 'app', 'place', 'time'] as const;
export type ThesaurusDomain = (typeof thesaurusDomains)[number];

/**
 * Domains of what every service has, paying and its app: a topic of the site among their terms (결제),
 * named right after another service's name, is that service's (넷플릭스 결제 카드, 바이크 요금 결제), while
 * the site's own services (발레, 주차) stay the site's after any name (버스 주차 할인).
 */
export const everyServiceDomains: readonly ThesaurusDomain[] = ['payment', 'app'];

/**
 * The domain of a group of another service's words (지하철, 택시, 액정): its `term` names the service,
 * its words are that service's things. Search never searches them; a short query about one that names
 * none of the site's topics finds nothing (src/search/topic.ts), even when its other words are the site's.
 */
export const otherServiceDomain = 'elsewhere';

const word = z.string().trim().min(1);

export const thesaurusGroupSchema = z.strictObject({
  /** The word the scripts use (what search should find), e.g. 취소. */
  term: word.describe('스크립트가 쓰는 말 (검색이 찾을 말), 예: 취소'),
  /** The domain of the group: valet, parking, payment, vehicle, app, place or time; elsewhere for another service's words. */
  domain: z
    .enum([...thesaurusDomains, otherServiceDomain])
    .optional()
    .describe('분야: valet, parking, payment, vehicle, app, place, time; elsewhere는 다른 서비스의 말 (지하철, 택시): 그 말이 주제인 짧은 질의는 아무것도 찾지 않습니다'),
  /**
   * Only in a group of the domain elsewhere: its words are things customers carry (노트북 충전기), not a
   * service. A question about one whose verb says a thing of the site through a list (두고 내렸어요 →
   * 분실물) is the site's; a question about another service's thing is that service's whatever its verb
   * says (택시 뒷좌석에 노트북 두고 내렸어요, 쿠팡이츠 주문 환불 안 됨).
   */
  carried: z
    .boolean()
    .optional()
    .describe('domain: elsewhere인 묶음에서만: 그 말이 서비스가 아니라 고객이 지니는 물건 (노트북 충전기)입니다. 물건을 말하는 질문의 동사가 사이트의 일을 말하면 (두고 내렸어요 → 분실물) 찾습니다; 다른 서비스의 질문은 동사가 무엇이든 찾지 않습니다'),
  /** Words customers and agents say for the term: slang, loanwords, everyday verbs and verb phrases (캔슬, 취소해 주세요). */
  words: z.array(word).default([]).describe('고객과 상담사가 같은 뜻으로 하는 말: 줄임말, 외래어, 일상 표현 (캔슬, 취소해 주세요)'),
  /**
   * Verbs read as the term only when they open the query, their subject left unsaid: the customer
   * (나가다 → 출차: 나갔는데 아직 이용중이래요), not what a noun before them names (돈이 두 번 나갔어요).
   */
  opening: z.array(word).default([]).describe('질의의 첫 낱말일 때만 이 말로 읽는 동사: 주어가 없으면 고객 (나가다 → 출차: "나갔는데 아직 이용중이래요"; "돈이 나갔어요"는 아님)'),
  /** Common misspellings of the term (결재 for 결제); search may say it corrected them. */
  misspellings: z.array(word).default([]).describe('흔한 오기 (결제 대신 결재): 검색이 고쳐 찾고 그렇다고 알립니다'),
  /** Only in a content directory's thesaurus.yaml: this group's words replace the default group's instead of adding to them. */
  replace: z.boolean().optional().describe('내용 폴더의 thesaurus.yaml에서만: 기본 묶음의 말을 이 묶음의 말로 바꿉니다'),
  /** Only in a content directory's thesaurus.yaml: drop the default group with this term (write no words). */
  remove: z.boolean().optional().describe('내용 폴더의 thesaurus.yaml에서만: 이 말의 기본 묶음을 뺍니다 (words 없이)'),
});
export type ThesaurusGroup = z.output<typeof thesaurusGroupSchema>;

/** The fields of a group that hold words, each leading to the group's term. */
const wordFields = ['words', 'opening', 'misspellings'] as const;
type WordField = (typeof wordFields)[number];

/** A problem with a group, at a path inside the file's list, in Korean with the fix. */
export interface ThesaurusIssue {
  path: (string | number)[];
  message: string;
}

/** Words are compared without spaces and case, so 차 빼 and 차빼 (QR and qr) are the same word. */
export const thesaurusKey = (text: string) => text.normalize('NFC').replace(/\s+/g, '').toLowerCase();

const quoted = (text: string, pair: Parameters<typeof josa>[1]) => `"${text}"${josa(text, pair).slice(text.length)}`;

/** A group of the merged thesaurus; `index` is its group in the file being checked (undefined: only the default's words). */
interface Placed {
  group: ThesaurusGroup;
  index?: number;
  /** Per field, the position of each word in that file's group (undefined: the word came from the default). */
  origin?: Record<WordField, (number | undefined)[]>;
}

/**
 * Problems of the groups being checked (`own`, a file's list) alone and against `base` (the default
 * thesaurus an override file merges into): empty groups, a word equal to its term, a word in two
 * groups, a word that is another group's term, a repeated term, misuse of replace/remove.
 */
export function thesaurusIssues(own: readonly ThesaurusGroup[], base?: readonly ThesaurusGroup[]): ThesaurusIssue[] {
  const issues: ThesaurusIssue[] = [];
  const baseTerms = new Set((base ?? []).map((group) => thesaurusKey(group.term)));
  const baseDomains = new Map((base ?? []).map((group) => [thesaurusKey(group.term), group.domain]));
  const terms = new Map<string, number>();
  own.forEach((group, index) => {
    const key = thesaurusKey(group.term);
    const first = terms.get(key);
    if (first !== undefined) issues.push({ path: [index, 'term'], message: `term ${quoted(group.term, '이/가')} ${first + 1}번째 그룹에도 있습니다; 두 그룹을 하나로 합치세요` });
    else terms.set(key, index);
    if (!base && (group.replace || group.remove)) {
      issues.push({ path: [index, group.remove ? 'remove' : 'replace'], message: `${group.remove ? 'remove' : 'replace'}는 콘텐츠 디렉터리의 thesaurus.yaml에서 기본 사전의 그룹을 바꿀 때만 씁니다; 지우세요` });
    }
    if (base && (group.replace || group.remove) && !baseTerms.has(key)) {
      issues.push({ path: [index, 'term'], message: `기본 사전에 term ${quoted(group.term, '이/가')} 없어 ${group.remove ? '지울' : '바꿀'} 수 없습니다; term의 철자를 고치거나 ${group.remove ? 'remove' : 'replace'}를 지우세요` });
    }
    const domain = group.domain ?? baseDomains.get(key);
    if (group.carried && domain !== otherServiceDomain) {
      issues.push({ path: [index, 'carried'], message: `carried는 domain: ${otherServiceDomain}인 그룹에서만 씁니다 (다른 서비스의 말 가운데 고객이 지니는 물건); domain을 ${otherServiceDomain}로 하거나 carried를 지우세요` });
    }
    const count = wordFields.reduce((sum, field) => sum + group[field].length, 0);
    if (group.remove && count) issues.push({ path: [index, 'remove'], message: `remove: true인 그룹은 통째로 지워지므로 words, opening, misspellings를 비우세요 (낱말 하나만 빼려면 replace: true로 남길 낱말만 적으세요)` });
    if (!group.remove && !count) issues.push({ path: [index, 'words'], message: `그룹 "${group.term}"에 낱말이 없습니다; 고객이 쓰는 말을 words에 하나 이상 적거나 그룹을 지우세요` });
  });

  // Every word of the merged thesaurus must lead to one term: check the words `own` brings against all groups.
  const merged: Placed[] = base ? mergePlaced(base, own) : own.map((group, index) => ({ group, index }));
  const termOf = new Map(merged.map(({ group, index }) => [thesaurusKey(group.term), index]));
  const seen = new Map<string, { term: string; own: boolean; index?: number }>();
  for (const { group, index, origin } of merged) {
    for (const field of wordFields) {
      group[field].forEach((text, at) => {
        const key = thesaurusKey(text);
        // A word is the checked file's own when its group is in the file and (after an extend) the file wrote it.
        const position = index === undefined ? undefined : origin ? origin[field][at] : at;
        const own = position !== undefined;
        const path = [index ?? -1, field, position ?? -1];
        const earlier = seen.get(key);
        if (!earlier) seen.set(key, { term: group.term, own, index });
        if (!own) return;
        if (key === thesaurusKey(group.term)) {
          issues.push({ path, message: `낱말 ${quoted(text, '이/가')} 그룹의 term과 같습니다; 스크립트의 말은 이미 찾으므로 지우세요` });
        } else if (termOf.has(key)) {
          const other = termOf.get(key);
          issues.push({ path, message: `낱말 ${quoted(text, '은/는')} 다른 그룹의 term입니다${other === undefined ? ' (기본 사전)' : ` (${other + 1}번째 그룹)`}; 한 낱말은 한 term으로만 이어지게 지우거나 그 그룹과 합치세요` });
        } else if (earlier && earlier.term === group.term) {
          issues.push({ path, message: `낱말 ${quoted(text, '이/가')} 이 그룹에 두 번 있습니다; 하나를 지우세요` });
        } else if (earlier) {
          const where = earlier.own ? `${earlier.index! + 1}번째 그룹` : '기본 사전의 그룹';
          const fix = earlier.own ? '' : ' (기본 사전의 그룹에서 빼려면 그 term으로 replace: true 그룹을 쓰세요)';
          issues.push({ path, message: `낱말 ${quoted(text, '이/가')} ${where} "${earlier.term}"에도 있습니다; 한 낱말은 한 그룹에만 두세요${fix}` });
        }
      });
    }
  }
  // A new term that is a default group's word would make that word lead to two places (a word of
  // this file that is a term is reported at the word, above).
  own.forEach((group, index) => {
    const word = seen.get(thesaurusKey(group.term));
    if (word && word.term !== group.term && !word.own) {
      issues.push({ path: [index, 'term'], message: `term ${quoted(group.term, '은/는')} 기본 사전의 그룹 "${word.term}"의 낱말입니다; 그 그룹에 낱말을 더하거나 replace: true로 그 낱말을 빼세요` });
    }
  });
  return issues;
}

export const thesaurusSchema = z.array(thesaurusGroupSchema).superRefine((groups, ctx) => {
  for (const issue of thesaurusIssues(groups)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** The content directory's thesaurus.yaml: the same groups, where replace and remove are allowed. */
export const thesaurusOverrideSchema = z.array(thesaurusGroupSchema);

const unique = (words: readonly string[]) => [...new Map(words.map((text) => [thesaurusKey(text), text])).values()];

function mergePlaced(base: readonly ThesaurusGroup[], overrides: readonly ThesaurusGroup[]): Placed[] {
  const byTerm = new Map<string, Placed>(base.map((group) => [thesaurusKey(group.term), { group }]));
  overrides.forEach((group, index) => {
    const key = thesaurusKey(group.term);
    const current = byTerm.get(key);
    if (group.remove) {
      byTerm.delete(key);
      return;
    }
    if (!current || group.replace) {
      byTerm.set(key, { group: { ...group, domain: group.domain ?? current?.group.domain, carried: group.carried ?? current?.group.carried, replace: undefined }, index });
      return;
    }
    const merged = Object.fromEntries(wordFields.map((field) => [field, unique([...current.group[field], ...group[field]])])) as Record<WordField, string[]>;
    const positions = (merged: string[], written: readonly string[]) => merged.map((text) => {
      const at = written.findIndex((other) => thesaurusKey(other) === thesaurusKey(text));
      return at === -1 ? undefined : at;
    });
    // Extend: the default group keeps its words and gains the editors' (listed once each); the
    // editors' words are reported at their place in the override file.
    byTerm.set(key, {
      group: { ...current.group, domain: group.domain ?? current.group.domain, carried: group.carried ?? current.group.carried, ...merged },
      index,
      origin: Object.fromEntries(wordFields.map((field) => [field, positions(merged[field], group[field])])) as Record<WordField, (number | undefined)[]>,
    });
  });
  return [...byTerm.values()];
}

/**
 * The merge rule: an override group whose term is a default group's term adds its words to that group;
 * with `replace: true` its words replace the default group's; with `remove: true` the default group is
 * dropped; a group with a new term is added. Default groups no override names stay as they are.
 */
export function mergeThesaurus(base: readonly ThesaurusGroup[], overrides: readonly ThesaurusGroup[] = []): ThesaurusGroup[] {
  return mergePlaced(base, overrides).map(({ group }) => group);
}

/** What the browser's search needs from the thesaurus: each word → the script's term. */
export interface ThesaurusLexicon {
  /** [customer word, term]: slang, loanwords, verb phrases (캔슬 → 취소). Search them as the term, ranked below the term itself. */
  words: [string, string][];
  /** [misspelling, term]: common misspellings (결재 → 결제). Search them as the term and say so. */
  misspellings: [string, string][];
  /** [verb, term]: read as the term only when the query opens with it (나가다 → 출차). */
  opening?: [string, string][];
  /** [word, service]: another service's words (지하철 → 대중교통; groups of the domain elsewhere, their term included), never searched. */
  elsewhere?: [string, string][];
  /** Terms of the elsewhere groups of things customers carry (전자기기: 노트북 충전기), not services: the group's `carried`. */
  carried?: string[];
  /** Terms of the groups of what every service has (everyServiceDomains: 결제, 앱). */
  everyService?: string[];
  /** Terms of the place groups: where a thing of the site happened (백화점 주차권, 호텔 키 못 받았어요). */
  places?: string[];
  /** Terms of the time groups: when it happened (어제 취소했는데), never what a question asks about. */
  times?: string[];
}

/** The merged thesaurus as the pairs search expands, sorted by word (deterministic output). */
export function thesaurusLexicon(groups: readonly ThesaurusGroup[]): ThesaurusLexicon {
  // A term of several words is a phrase of its own group too, so the query finds it with its endings and
  // spacing (이용 중이라고 → 이용 중) as it finds the group's words.
  const phrase = (group: ThesaurusGroup) => (/\s/.test(group.term.trim()) && !group.words.includes(group.term) ? [group.term] : []);
  const sorted = (pairs: [string, string][]) => pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const site = groups.filter((group) => group.domain !== otherServiceDomain);
  const pairs = (field: 'words' | 'misspellings') =>
    sorted(site.flatMap((group) => [...group[field], ...(field === 'words' ? phrase(group) : [])].map((text): [string, string] => [text, group.term])));
  // Another service's name is one of its words too (택시 호출 취소: 택시).
  const elsewhere = sorted(
    groups.filter((group) => group.domain === otherServiceDomain).flatMap((group) => [group.term, ...group.words, ...group.misspellings].map((text): [string, string] => [text, group.term])),
  );
  const opening = sorted(site.flatMap((group) => group.opening.map((text): [string, string] => [text, group.term])));
  const termsOf = (domain: ThesaurusDomain) => [...new Set(site.filter((group) => group.domain === domain).map((group) => group.term))].sort();
  const [places, times] = [termsOf('place'), termsOf('time')];
  const everyService = [...new Set(everyServiceDomains.flatMap(termsOf))].sort();
  const carried = groups.filter((group) => group.domain === otherServiceDomain && group.carried).map((group) => group.term).sort();
  return {
    words: pairs('words'),
    misspellings: pairs('misspellings'),
    ...(opening.length ? { opening } : {}),
    ...(elsewhere.length ? { elsewhere } : {}),
    ...(carried.length ? { carried } : {}),
    ...(everyService.length ? { everyService } : {}),
    ...(places.length ? { places } : {}),
    ...(times.length ? { times } : {}),
  };
}

/**
 * The thesaurus' lexicon for a site: another service's names of several words that the site's own text
 * holds (a script says `자동차 보험으로` → `자동차 보험` is the site's) are left out, so that search may read
 * those it keeps as another service even when the site has each of their words (`카드 분실 신고`). One-word
 * names are checked against the site's words in the browser (src/search/topic.ts). One pass over the
 * text's words, a name compared only where its first word stands: linear in the site's size.
 */
export function withoutSitePhrases(lexicon: ThesaurusLexicon, siteTexts: Iterable<string>): ThesaurusLexicon {
  if (!lexicon.elsewhere) return lexicon;
  const wordsOf = (text: string) => text.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
  const byFirst = new Map<string, string[][]>();
  for (const [name] of lexicon.elsewhere) {
    const words = wordsOf(name);
    if (words.length > 1) byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  const held = new Set<string>();
  for (const text of siteTexts) {
    const words = wordsOf(text);
    words.forEach((word, at) => {
      // The name's last word may carry a particle or an ending in the text (보험으로).
      for (const name of byFirst.get(word) ?? []) {
        if (name.every((part, offset) => (offset < name.length - 1 ? words[at + offset] === part : words[at + offset]?.startsWith(part)))) held.add(name.join(' '));
      }
    });
  }
  return { ...lexicon, elsewhere: lexicon.elsewhere.filter(([name]) => !held.has(wordsOf(name).join(' '))) };
}
