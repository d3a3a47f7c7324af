/**
 * Korean typed with the IME off (2-beolsik): Latin letters read as the Hangul they were typed for
 * (`rufwp` → 결제, es-hangul's conversion). A whole query typed so (`qkffpt dPdir cnlth` → 발렛 예약 취소)
 * is read as that Korean before anything else, so the thesaurus, endings and spacing apply to it as to
 * Korean typed with the IME on; a short word (`ck` → 차) only beside a longer one that reads as Korean.
 */
import { convertQwertyToHangul } from 'es-hangul';
import { isConsonant, isSyllable, syllableCount } from '../korean/text';

/**
 * es-hangul's conversion, or undefined where it throws: it does on some vowel runs (`how` → ㅗ ㅙ ㅈ:
 * "Invalid hangul Characters"), which no Korean is typed as.
 */
function converted(word: string): string | undefined {
  try {
    return convertQwertyToHangul(word);
  } catch {
    return undefined;
  }
}

/** The Hangul a Latin word reads as, from `least` syllables; undefined if it does not read as Hangul. */
function readingOf(word: string, least: number): string | undefined {
  if (!/^[a-z]+$/i.test(word)) return undefined;
  const hangul = converted(word);
  if (!hangul) return undefined;
  const chars = [...hangul];
  // Every letter makes a syllable, but the last may be a consonant still waiting for its vowel (rufwpt → 결젯, rufw → 결ㅈ).
  const composing = isConsonant(chars.at(-1)!) && chars.length > 2;
  return syllableCount(hangul) >= least && (composing ? chars.slice(0, -1) : chars).every(isSyllable) ? hangul : undefined;
}

/** What a Latin word reads as when typed with the IME off: `rufwp` → 결제; undefined below two syllables or if it does not read as Hangul. */
export const keyboardReading = (word: string): string | undefined => (word.length >= 2 ? readingOf(word, 2) : undefined);

/**
 * The query's words with those typed with the IME off read as Hangul (undefined where a word stays as
 * typed): a word of two syllables or more, and, beside one, a word of one (`ck` → 차, `doq` → 앱). A word
 * `isLiteral` says the site has as written (IFC, CCTV) stays as typed: its Hangul reading is the word's own.
 */
export function keyboardWords(list: readonly string[], isLiteral: (word: string) => boolean): (string | undefined)[] {
  const long = list.map((word) => (isLiteral(word) ? undefined : keyboardReading(word)));
  if (!long.some(Boolean)) return long;
  return list.map((word, index) => long[index] ?? (isLiteral(word) ? undefined : readingOf(word, 1)));
}
