/** Normalises Korean text into search words: punctuation dropped, Hangul syllables and jamo kept. */

const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]$/;
/** Compatibility consonants (ㄱ–ㅎ) as an IME or a 초성 query types them. */
const CONSONANT = /^[\u3131-\u314E]$/;
const JAMO = /^[\u3131-\u318E]$/;

export const isSyllable = (char: string) => HANGUL_SYLLABLE.test(char);
export const isConsonant = (char: string) => CONSONANT.test(char);
export const isJamo = (char: string) => JAMO.test(char);

/** A word made only of consonant jamo (ㅂㄹㅍㅅ): a 초성 query. */
export const isChoseongWord = (word: string) => word.length >= 2 && [...word].every(isConsonant);

/** Lower-case, NFC, punctuation to spaces, whitespace collapsed. Slashes inside words join them (입/출차 → 입출차). */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=\S)[/·](?=\S)/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text after normalising. */
export const words = (text: string): string[] => {
  const normal = normalise(text);
  return normal ? normal.split(' ') : [];
};

/** Number of Hangul syllables in a word. */
export const syllableCount = (word: string) => [...word].filter(isSyllable).length;

/** Text without any whitespace: compounds and spacing variants compare equal (발레 패스 = 발레패스). */
export const compact = (text: string) => normalise(text).replace(/\s+/g, '');

/** Escapes text for use inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
