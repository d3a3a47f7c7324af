/**
 * Particles (조사) after a slot: which pair a written particle belongs to, and the form a filled
 * value takes (차량번호 `12가3456`은 vs `OOO OOOO`는). The choice itself is es-hangul's josa.
 */
import { josa, numberToHangul } from 'es-hangul';

export type ParticlePair = Parameters<typeof josa.pick>[1];

/** Every pair es-hangul knows, so the server can mark a particle as written in the seed. */
const pairs: readonly ParticlePair[] = ['이/가', '을/를', '은/는', '으로/로', '와/과', '이나/나', '이란/란', '아/야', '이랑/랑', '이에요/예요', '으로서/로서', '으로써/로써', '으로부터/로부터', '이라/라'];

/** Written form → its pair, longest forms first so `으로` wins over `으` and `이나` over `이`. */
const forms: readonly (readonly [string, ParticlePair])[] = pairs
  .flatMap((pair) => pair.split('/').map((form) => [form, pair] as const))
  .sort((a, b) => b[0].length - a[0].length);

const hangulSyllable = /[가-힣]/;

/**
 * The particle a text starts with, when that text directly follows a slot.
 * A one-syllable form counts only when no syllable follows it (`는 고객님` yes, `이용` no).
 * @example particleAt('는 고객님께서') → { written: '는', pair: '은/는' }
 * @example particleAt('으로 확인 됩니다.') → { written: '으로', pair: '으로/로' }
 */
export function particleAt(text: string): { written: string; pair: ParticlePair } | undefined {
  for (const [written, pair] of forms) {
    if (!text.startsWith(written)) continue;
    if (written.length === 1 && hangulSyllable.test(text.charAt(1))) continue;
    return { written, pair };
  }
  return undefined;
}

/** How trailing digits are read aloud: car and phone numbers digit by digit, other values as a number. */
export type DigitReading = 'digits' | 'number';

/**
 * The syllable a value ends on when read aloud. es-hangul's josa looks only at Hangul, so a value
 * ending in digits is read with es-hangul's numberToHangul first (3456 → …육, 10000 → 일만).
 */
export function spokenEnding(value: string, reading: DigitReading = 'number'): string {
  const trimmed = value.trim();
  const digits = /(\d[\d,]*)$/.exec(trimmed)?.[1]?.replace(/,/g, '');
  if (!digits) return trimmed;
  // Past 15 digits a JS number loses precision; the last four decide the final syllable well enough.
  const spoken = reading === 'digits' ? digits.slice(-1) : digits.length > 15 ? digits.slice(-4) : digits;
  return numberToHangul(Number(spoken));
}

/**
 * The form of a particle after a filled value.
 * @example particleFor('12가3456', '은/는', 'digits') → '은'
 * @example particleFor('15,000원', '으로/로') → '으로'
 */
export function particleFor(value: string, pair: ParticlePair, reading: DigitReading = 'number'): string {
  return josa.pick(spokenEnding(value, reading), pair);
}
