/**
 * Verb forms that modify a noun (관형형: 맡긴 차, 긁힌 휠, 받은 쿠폰, 나온 차, 찾는 곳): the verb under
 * them, as the stems the site may write it with in other forms (맡기고, 맡겨, 맡겼는데). Jamo work is
 * es-hangul's (disassembleCompleteCharacter, combineCharacter, removeLastCharacter); which of these
 * words really are verbs is for the site's vocabulary to say (search/resolve.ts): 시간, 쿠폰 and 확인 end
 * the same way but the site has no 시가고, 쿠포면 or 확이는.
 */
import { combineCharacter, disassembleCompleteCharacter, removeLastCharacter } from 'es-hangul';
import { isParticle } from './endings';
import { isSyllable } from './text';

export interface VerbStem {
  /** The stem the endings follow (맡기 of 맡긴, 받 of 받은). */
  stem: string;
  /** Its -아/어 form, when the last vowel contracts with it (맡겨, 나와, 세워): it ends the word or an ending follows. */
  infinitive?: string;
  /** Its past (맡겼, 나왔, 늘어났): any ending may follow. */
  past?: string;
  /** The verb as a noun in -ㅁ/-음 (맡김, 긁힘, 나옴; 없어짐): alone or with a particle. */
  nominal: string;
}

/** Adnominal syllables of 하다 and 되다: the noun before them is what the word names (결제한 → 결제). */
const lightAdnominal = new Set(['한', '된', '할', '될', '하는', '되는', '하던', '되던']);

/** Adnominal endings written as a syllable of their own after a stem (받은, 찾는, 있던, 먹을). */
const separateEndings = ['은', '는', '던', '을'];

/**
 * The verb stem under a word that may be an adnominal form, or undefined: a last syllable with the
 * final ㄴ or ㄹ (맡긴 → 맡기, 긁힌 → 긁히, 세운 → 세우) or an ending syllable (받은 → 받, 나오는 → 나오).
 * The stem keeps two syllables or more: 쓴, 댄, 받은 and 넣은 are everyday verbs too short to tell from
 * the first syllable of a noun (받 of 받침), and say little about what is meant.
 */
export function adnominalStem(word: string): VerbStem | undefined {
  const chars = [...word];
  if (chars.length < 2 || !chars.every(isSyllable)) return undefined;
  const last = chars.at(-1)!;
  if (lightAdnominal.has(last) || lightAdnominal.has(chars.slice(-2).join(''))) return undefined;
  const separate = separateEndings.includes(last);
  const { jongseong } = disassembleCompleteCharacter(last)!;
  if (!separate && jongseong !== 'ㄴ' && jongseong !== 'ㄹ') return undefined;
  const stem = separate ? chars.slice(0, -1).join('') : removeLastCharacter(word);
  return [...stem].length >= 2 ? verbStem(stem) : undefined;
}

/** The forms of the verb with this stem (맡기 → 맡겨, 맡겼, 맡김; 받 → 받음). */
export const verbStem = (stem: string): VerbStem => ({ stem, ...infinitivesOf(stem), nominal: nominalOf(stem) });

/** The -ㅁ noun of a stem: the final ㅁ on a vowel stem (맡기 → 맡김), 음 after a consonant (받 → 받음). */
function nominalOf(stem: string): string {
  const parts = disassembleCompleteCharacter(stem.at(-1)!)!;
  return parts.jongseong ? `${stem}음` : stem.slice(0, -1) + combineCharacter(parts.choseong, parts.jungseong, 'ㅁ');
}

/**
 * How a stem's last vowel contracts with -아/어 (맡기 → 맡겨, 나오 → 나와, 세우 → 세워, 쓰 → 써, 되 → 돼),
 * written as es-hangul writes compound vowels (ㅘ is ㅗㅏ).
 */
const contracted: Record<string, string> = { ㅣ: 'ㅕ', ㅗ: 'ㅗㅏ', ㅜ: 'ㅜㅓ', ㅡ: 'ㅓ', ㅗㅣ: 'ㅗㅐ' };
/** Vowels that swallow -아/어 whole (늘어나 → 늘어나, 늘어났; 대 → 대, 댔). */
const absorbing = new Set(['ㅏ', 'ㅓ', 'ㅐ', 'ㅔ', 'ㅕ']);

/** The -아/어 form of a stem ending in a vowel, and its past (맡기 → 맡겨, 맡겼; 늘어나 → 늘어나, 늘어났); none after a final consonant. */
function infinitivesOf(stem: string): Pick<VerbStem, 'infinitive' | 'past'> {
  const parts = disassembleCompleteCharacter(stem.at(-1)!);
  if (!parts || parts.jongseong) return {};
  const vowel = contracted[parts.jungseong] ?? (absorbing.has(parts.jungseong) ? parts.jungseong : undefined);
  if (!vowel) return {};
  const head = stem.slice(0, -1);
  // The -아/어 form may be the stem itself (늘어나, 지나: 시간이 지나 발견).
  return { infinitive: head + combineCharacter(parts.choseong, vowel), past: head + combineCharacter(parts.choseong, vowel, 'ㅆ') };
}

/** What may follow the -아/어 form in one word: nothing, an ending (서, 요, 도, 야, 라) or a helping verb written together (주, 드). */
const afterInfinitive = new Set(['', ...'서요도야라주드']);

/** First syllables of the endings that follow a verb stem (맡기고, 받아, 찾는, 세우면, 나오세요). */
const endingStarts = new Set([...'고기지게는은을면며니나냐네시세셔셨신실십려러도던다자요서아어았었으']);

/** Prefixes of the site's words that may be forms of the verb (where search looks for them). */
export const formPrefixes = (verb: VerbStem): string[] => [verb.stem, verb.infinitive, verb.past, verb.nominal].filter((form): form is string => !!form);

/**
 * Whether a word of the site is a form of the verb with this stem: the stem followed by an ending
 * (맡기고, 받았는데), its -아/어 form ending the word or followed by an ending (맡겨, 맡겨요), its past
 * followed by anything (맡겼는데), or its -ㅁ noun alone or with a particle (맡김, 긁힘을).
 */
export function isFormOf(word: string, verb: VerbStem): boolean {
  return isInflected(word, verb) || (word.startsWith(verb.nominal) && (word === verb.nominal || isParticle(word.slice(verb.nominal.length))));
}

/** The verb with an ending: its past followed by anything, its -아/어 form ending the word or followed by an ending, its stem followed by an ending. */
function isInflected(word: string, verb: VerbStem): boolean {
  if (verb.past && word.startsWith(verb.past)) return true;
  // The -아/어 form ends a sentence or joins the next word (맡겨, 맡겨서, 맡겨요); 빠져나가 is another verb.
  if (verb.infinitive && word.startsWith(verb.infinitive) && afterInfinitive.has(word.charAt(verb.infinitive.length))) return true;
  return word.startsWith(verb.stem) && endingStarts.has(word.charAt(verb.stem.length));
}

/** Finals a stem ending in a vowel takes on its own last syllable: adnominal (뺀, 뺄) and formal (뺍니다). */
const stemFinals = ['ㄴ', 'ㄹ', 'ㅂ'];

/**
 * Whether a word is the verb conjugated (빼다 → 빼서, 빼고, 뺐는데, 뺀, 뺄; 가져가다 → 가져간, 가져갔대요):
 * with an ending, or a stem ending in a vowel with a final of its own followed by anything (뺀, 가져간);
 * not its -ㅁ noun, often a noun of its own (알림 is not 알리다).
 */
export function isConjugatedFormOf(word: string, verb: VerbStem): boolean {
  if (isInflected(word, verb)) return true;
  const last = disassembleCompleteCharacter(verb.stem.at(-1)!);
  if (!last || last.jongseong) return false;
  const head = verb.stem.slice(0, -1);
  return stemFinals.some((final) => word.startsWith(head + combineCharacter(last.choseong, last.jungseong, final)));
}
