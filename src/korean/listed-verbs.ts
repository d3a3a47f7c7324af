/**
 * The verb a list word ends in (the thesaurus' customer words, the glossary's synonyms), so that an
 * editor writes a verb once, in whatever form, and the agent's query matches it with any ending:
 * `차 빼다`, `차 뺐`, `차 빼기` ↔ 빼서, 뺐는데, 뺀; `가져갔` ↔ 가져간, 가져가서; `차 나감` ↔ 나갔는데.
 * Jamo work is es-hangul's (disassembleCompleteCharacter, combineCharacter); the forms a stem takes
 * are verb-forms.ts'. Light verbs (해지하다, 결제됨) are left to the list matcher's own forms of 하다/되다.
 */
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';
import { isSyllable, words as wordsOf } from './text';
import { isConjugatedFormOf, verbStem, type VerbStem } from './verb-forms';

/**
 * Last syllables of a verb made a noun with -ㅁ (튕김, 긁힘, 깨짐, 꽉 참, 안 씀, 차 나감), not of nouns
 * that end in ㅁ (요금, 백화점, 기사님, 상담).
 */
const verbNounEnds = '김감옴줌림힘짐음냄씀함참됨팜꿈남춤킴침뺌';
export const isVerbNoun = (word: string) => [...word].length >= 2 && verbNounEnds.includes(word.at(-1)!);

/** Syllables of 하다 and 되다: a noun before them names the thing (해지하다, 결제됨); the list matcher reads their forms. */
const light = new Set([...'하해했한할함되돼됐된될됨']);

/** Vowels a past syllable's vowel may have been before -았/었 contracted it (뺐 ← 빼, 털렸 ← 털리, 왔 ← 오, 썼 ← 쓰). */
const beforeContraction: Record<string, string[]> = { ㅏ: ['ㅏ'], ㅓ: ['ㅓ', 'ㅡ'], ㅐ: ['ㅐ'], ㅔ: ['ㅔ'], ㅕ: ['ㅣ', 'ㅕ'], ㅗㅏ: ['ㅗ'], ㅜㅓ: ['ㅜ'], ㅗㅐ: ['ㅗㅣ'] };

/** Syllables with the final ㅆ that are no past: the volitional 겠 (못 찾겠), 있다 (있, 없). */
const notPast = new Set(['겠', '있']);

/** Stems of a word in the past (가져갔 → 가져가, 박았 → 박, 바뀌었 → 바뀌, 털렸 → 털리), none when it is not. */
function pastStems(word: string): string[] {
  const chars = [...word];
  const last = disassembleCompleteCharacter(chars.at(-1)!);
  if (!last || last.jongseong !== 'ㅆ' || chars.length < 2 || notPast.has(chars.at(-1)!)) return [];
  const head = chars.slice(0, -1).join('');
  // -았/었 written as a syllable of its own (박았, 팔았, 바뀌었); 였 may be 이 + 었 contracted (녹였 ← 녹이).
  if (last.choseong === 'ㅇ' && (last.jungseong === 'ㅏ' || last.jungseong === 'ㅓ')) return [head];
  return (beforeContraction[last.jungseong] ?? []).map((vowel) => head + combineCharacter(last.choseong, vowel));
}

/** The stem of a -ㅁ noun (나감 → 나가, 긁힘 → 긁히, 받음 → 받); none for a noun in 음 after a vowel (처음, 마음, 다음). */
function nounStems(word: string): string[] {
  const chars = [...word];
  const before = disassembleCompleteCharacter(chars.at(-2)!);
  if (chars.at(-1) === '음') return before?.jongseong ? [chars.slice(0, -1).join('')] : [];
  const last = disassembleCompleteCharacter(chars.at(-1)!)!;
  return [chars.slice(0, -1).join('') + combineCharacter(last.choseong, last.jungseong)];
}

/**
 * The stems a word written as a verb may have: its dictionary form (빼다 → 빼), its past (가져갔 →
 * 가져가), its -ㅁ noun (나감 → 나가) and, after another word of the entry, its -기 noun (차 빼기 → 빼;
 * alone a -기 word is often a noun or a label of its own: 나가기 of an app's menu). None for a light
 * verb or a noun.
 */
export function stemsOfListedVerb(word: string, afterWord: boolean): string[] {
  const chars = [...word];
  if (chars.length < 2 || !chars.every(isSyllable)) return [];
  const end = chars.at(-1)!;
  const head = chars.slice(0, -1).join('');
  if (light.has(end) || light.has(chars.at(-2)!)) return [];
  // 마다 is a particle (시간마다), not a verb's 다.
  if ((end === '다' && !word.endsWith('마다')) || (end === '기' && afterWord)) return [head];
  if (isVerbNoun(word)) return nounStems(word);
  return pastStems(word);
}

/** A list word ending in a verb: the words before it (compact, as the query's are compared) and the verb's stems. */
export interface ListedVerb {
  head: string;
  verbs: VerbStem[];
}

/** The verb a list word ends in (차 빼다 → 차 + 빼), or undefined when it ends in no verb this module reads. */
export function listedVerb(listed: string): ListedVerb | undefined {
  const list = wordsOf(listed);
  const stems = stemsOfListedVerb(list.at(-1) ?? '', list.length > 1);
  return stems.length ? { head: list.slice(0, -1).join(''), verbs: stems.map(verbStem) } : undefined;
}

/** Whether a query word is the listed verb with any ending (빼서, 뺐는데, 뺀 for 빼다; 가져간 for 가져갔). */
export const isListedVerbForm = (word: string, verb: ListedVerb) => verb.verbs.some((stem) => isConjugatedFormOf(word, stem));
