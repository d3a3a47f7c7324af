/** 초성 (initial consonant) forms of words, for queries like ㅂㄹㅍㅅ → 발레패스. */
import { getChoseong } from 'es-hangul';
import { isSyllable } from './text';

/** The 초성 of a word's Hangul syllables, or '' when it has fewer than two. */
export function choseongOf(word: string): string {
  const syllables = [...word].filter(isSyllable).join('');
  return syllables.length >= 2 ? getChoseong(syllables) : '';
}
