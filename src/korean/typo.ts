/**
 * How far a typed Korean word is from a word of the site, in jamo, with the costs of fast typing on
 * the 2-beolsik keyboard: a slip to a neighbouring key (ㅗ/ㅜ, ㅓ/ㅏ, ㄱ/ㄹ), the Shift key (ㄱ/ㄲ) or
 * a sound-alike (ㅐ/ㅔ, ㄱ/ㅋ) costs one edit; any other substitution costs two, so `숙제` is not read
 * as `삭제` (ㅜ and ㅏ are far apart) while `환볼` is read as `환불`. Decomposition by es-hangul.
 */
import { convertQwertyToHangul, disassemble } from 'es-hangul';

const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each other on a QWERTY keyboard (rows are staggered: a sits below q/w, z below a/s). */
function neighbours(key: string): string[] {
  const row = rows.findIndex((letters) => letters.includes(key));
  if (row < 0) return [];
  const at = rows[row]!.indexOf(key);
  const near = (other: number, positions: number[]) => positions.map((position) => rows[other]?.[position]).filter((letter): letter is string => !!letter);
  return [
    ...near(row, [at - 1, at + 1]),
    ...(row > 0 ? near(row - 1, [at, at + 1]) : []),
    ...(row < 2 ? near(row + 1, [at - 1, at]) : []),
  ];
}

/** Jamo that sound alike or are spelled alike (plain/tense/aspirated, ㅐ/ㅔ). */
const soundAlike = ['ㄱㄲㅋ', 'ㄷㄸㅌ', 'ㅂㅃㅍ', 'ㅈㅉㅊ', 'ㅅㅆ', 'ㅐㅔ', 'ㅒㅖ', 'ㅔㅖ', 'ㅐㅒ'];

/**
 * Jamo → the key it is typed with (lower case: Shift is the same key), read off es-hangul's
 * 2-beolsik conversion one key at a time. (Its reverse, convertHangulToQwerty, would add its tables
 * to the es-hangul chunk every script page loads for josa.)
 */
let keys: Map<string, string> | undefined;
const keyOf = (letter: string) => {
  if (!keys) {
    keys = new Map();
    for (const key of 'abcdefghijklmnopqrstuvwxyz') {
      keys.set(convertQwertyToHangul(key), key);
      keys.set(convertQwertyToHangul(key.toUpperCase()), key);
    }
  }
  return keys.get(letter) ?? '';
};

/** Whether typing `b` where `a` was meant is an easy slip (neighbouring key, Shift, sound-alike). */
export function isCloseJamo(a: string, b: string): boolean {
  if (a === b) return true;
  if (soundAlike.some((group) => group.includes(a) && group.includes(b))) return true;
  const [keyA, keyB] = [keyOf(a), keyOf(b)];
  if (!keyA || !keyB) return false;
  return keyA === keyB || neighbours(keyA).includes(keyB);
}

/** The jamo of a text (complex vowels and double finals split: 괜 → ㄱㅗㅐㄴ), by es-hangul. */
export const jamoLetters = (text: string): string[] => [...disassemble(text)];

const jamoCache = new Map<string, string[]>();
/** The jamo of a text (complex vowels and double finals split: 괜 → ㄱㅗㅐㄴ), cached: it runs per keystroke. */
export function jamoOf(text: string): string[] {
  let letters = jamoCache.get(text);
  if (!letters) {
    if (jamoCache.size > 20000) jamoCache.clear();
    jamoCache.set(text, (letters = jamoLetters(text)));
  }
  return letters;
}

/** Each jamo met so far → a small number, and the costs between them (0, 1 or 2) by those numbers. */
const codes = new Map<string, number>();
let costs = new Uint8Array(0);
let width = 0;
function codeOf(letter: string): number {
  let code = codes.get(letter);
  if (code === undefined) {
    codes.set(letter, (code = codes.size));
    if (code >= width) {
      // Grow the table (64 jamo first, doubling), keeping the costs known so far.
      const grown = Math.max(64, width * 2);
      const next = new Uint8Array(grown * grown).fill(255);
      for (let a = 0; a < width; a++) next.set(costs.subarray(a * width, (a + 1) * width), a * grown);
      [costs, width] = [next, grown];
    }
  }
  return code;
}

/** The cost of typing the jamo numbered `y` for the one numbered `x` (0, 1 or 2), remembered per pair. */
function substitution(x: number, y: number, a: string, b: string): number {
  if (x === y) return 0;
  let cost = costs[x * width + y]!;
  if (cost === 255) costs[x * width + y] = cost = isCloseJamo(a, b) ? 1 : 2;
  return cost;
}

/** Two rows of the distance table, reused by every call (jamo sequences are short). */
let rows2 = [new Uint8Array(32), new Uint8Array(32)];

/**
 * Edit distance between two jamo sequences (insert or delete 1, a close substitution 1, another 2),
 * or `max + 1` once it is certain to exceed `max`. It runs per keystroke and, at build time, for every
 * dictionary word near the site's words: no allocation but the jamo numbers.
 */
export function typoDistance(a: readonly string[], b: readonly string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const codesA = a.map(codeOf);
  const codesB = b.map(codeOf);
  if (rows2[0]!.length <= b.length) rows2 = [new Uint8Array(b.length * 2 + 2), new Uint8Array(b.length * 2 + 2)];
  let [previous, current] = rows2 as [Uint8Array, Uint8Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution(codesA[i - 1]!, codesB[j - 1]!, a[i - 1]!, b[j - 1]!));
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Edits a word of `syllables` syllables may be away from the word meant: one for two syllables, two from three. */
export const typoBudget = (syllables: number) => (syllables >= 3 ? 2 : 1);

const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Initial consonants an agent may have typed instead of `consonant` (itself included). */
export function closeInitials(consonant: string): string[] {
  return [...initials].filter((other) => isCloseJamo(consonant, other));
}

/** Double consonants typed with Shift, and the plain consonant on the same key. */
const shifted: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ', ㅒ: 'ㅐ', ㅖ: 'ㅔ' };

/** The jamo of a text with Shift undone (빼 → ㅂㅐ): Latin typed with the IME off loses its capitals in the query. */
export const unshifted = (text: string) => jamoOf(text).map((letter) => shifted[letter] ?? letter).join('');
