/**
 * The last syllable of a query while a Hangul IME is still composing it: `출ㅊ` (a bare consonant after
 * a syllable), or `발레팻` (the ㅅ will move on to start 스 once the vowel comes). Gives the text to hand
 * Pagefind (which prefix-matches) and a pattern that the finished word must still match.
 */
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';
import { escapeRegExp as escape, isConsonant, isSyllable } from './text';

const FIRST = 0xac00;
const PER_INITIAL = 588;
const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** A character class of every syllable starting with a consonant (ㅊ → [차-칳]); a double final splits into its first part. */
function syllablesStartingWith(consonant: string): string {
  const index = initials.indexOf(consonant);
  if (index < 0) return '';
  const start = FIRST + index * PER_INITIAL;
  return `[${String.fromCharCode(start)}-${String.fromCharCode(start + PER_INITIAL - 1)}]`;
}

export interface PartialWord {
  /** The word Pagefind should prefix-match (the composed part). */
  prefix: string;
  /** The finished word must match this at its start (as a regular expression source). */
  pattern: string;
}

/** Readings of a word whose last syllable may still be composing; empty when it is complete. */
export function partialReadings(word: string): PartialWord[] {
  const chars = [...word];
  const last = chars.at(-1) ?? '';
  const head = chars.slice(0, -1).join('');
  if (isConsonant(last) && head && isSyllable(head.at(-1)!)) {
    const next = syllablesStartingWith(last);
    return next ? [{ prefix: head, pattern: `${escape(head)}${next}` }] : [];
  }
  if (isSyllable(last)) {
    // 팻 → 패 + ㅅ…; 닭 → 달 + ㄱ… (a double final leaves its first consonant behind).
    const { choseong, jungseong, jongseong } = disassembleCompleteCharacter(last)!;
    if (!jongseong) return [];
    const finals = [...jongseong];
    const moved = finals.at(-1)!;
    const open = combineCharacter(choseong, jungseong, finals.slice(0, -1).join(''));
    const next = syllablesStartingWith(moved);
    return next ? [{ prefix: head + open, pattern: `${escape(head + open)}${next}` }] : [];
  }
  return [];
}
