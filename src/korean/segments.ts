/**
 * A run of syllables read as the site's words it is made of, the fewest first: a compound of three
 * words or more typed as one (발레패스결제카드변경 → 발레패스 + 결제카드 + 변경), or words whose
 * space fell in the wrong place once put back together (만 차확인 → 만차 + 확인). Pure: the caller
 * says what a word of the site is (`isWord`) and what starts one (`isPrefix`, for the last part).
 */
import { isSyllable } from './text';

export interface SegmentLookups {
  /** A word of the site, alone or with its particle or ending (남은, 위약금 of 위약금이). */
  isWord: (text: string) => boolean;
  /** The start of a word of the site (정산 of 정산기): only the last part may be one. */
  isPrefix: (text: string) => boolean;
}

/** Longest part looked for: the site's longest compounds (입출차오인식) are shorter. */
const longestPart = 8;
/** Longest run segmented: longer runs are sentences typed without spaces, beyond this reading. */
const longestRun = 16;

/** A spoken negation closing a run (안옴, 안됨, 못함): it says the thing failed, not what it is. */
const closingNegation = /(안|못)[가-힣]{0,2}$/;

interface Best {
  parts: string[];
  cost: number;
}

/**
 * The fewest parts, then the fewest parts of one syllable: each a word of the site, the last one may
 * be the start of one. Parts of one syllable must be words the site writes alone (휠, 월, 두, 번),
 * and at least two parts have two syllables or more: 시세 is not 시 + 세, 차키 not read at all.
 */
function fewestParts(
  chars: readonly string[],
  lookups: SegmentLookups,
): string[] | undefined {
  const best: (Best | undefined)[] = Array.from(
    { length: chars.length + 1 },
    () => undefined,
  );
  best[chars.length] = { parts: [], cost: 0 };
  for (let start = chars.length - 1; start >= 0; start--) {
    for (
      let end = start + 1;
      end <= Math.min(chars.length, start + longestPart);
      end++
    ) {
      const rest = best[end];
      if (!rest) continue;
      const part = chars.slice(start, end).join('');
      const last = end === chars.length;
      const fits =
        lookups.isWord(part) ||
        (last && end - start >= 2 && lookups.isPrefix(part));
      if (!fits) continue;
      const cost = rest.cost + 10 + (end - start === 1 ? 1 : 0);
      if (!best[start] || cost < best[start]!.cost)
        best[start] = { parts: [part, ...rest.parts], cost };
    }
  }
  const parts = best[0]?.parts;
  return parts &&
    parts.length >= 2 &&
    parts.filter((part) => part.length >= 2).length >= 2
    ? parts
    : undefined;
}

/**
 * The site's words a run of syllables is made of, or none: the fewest parts (fewestParts); when the
 * run closes on a spoken negation (예약확정문자안옴), the words before it.
 */
export function segments(
  run: string,
  lookups: SegmentLookups,
): string[] | undefined {
  const chars = [...run];
  if (chars.length < 3 || chars.length > longestRun || !chars.every(isSyllable))
    return undefined;
  const whole = fewestParts(chars, lookups);
  if (whole) return whole;
  const negation = closingNegation.exec(run);
  return negation && negation.index >= 4
    ? fewestParts([...run.slice(0, negation.index)], lookups)
    : undefined;
}

/**
 * Two neighbouring words whose space fell inside a word of the site (발레존위 치 → 발레존 + 위치,
 * 세금 계산서발급 → 세금계산서 + 발급, 할 인권 → 할인권): the words of both read together, when that takes
 * fewer parts than reading each apart. Words spaced where the site spaces them are left alone (요금 문의).
 */
export function respaced(
  first: string,
  second: string,
  lookups: SegmentLookups,
): string[] | undefined {
  const apart = (word: string) =>
    lookups.isWord(word) ? 1 : (segments(word, lookups)?.length ?? Infinity);
  // One word of the site with its first syllable split off, the rest no word (할 인권 → 할인권, 영 수증 → 영수증).
  const joined = first + second;
  if ([...first].length === 1 && [...joined].every(isSyllable) && lookups.isWord(joined) && apart(second) === Infinity) return [joined];
  const together = segments(joined, lookups);
  if (!together) return undefined;
  let at = 0;
  const cuts = new Set(together.map((part) => (at += part.length)));
  if (cuts.has(first.length)) return undefined;
  return together.length < apart(first) + apart(second) ? together : undefined;
}

/**
 * Shortest run read as a sentence typed without spaces (shorter ones are words or compounds); a run of
 * this length only when known words cover all of it but one syllable (발레휠긁힘: 발레 휠 긁힘).
 */
export const shortestSentence = 5;
/** Longest run read so: one typed line without a space. */
const longestSentence = 40;

interface Cover {
  /** Syllables covered by known words. */
  covered: number;
  /** Pieces: where each ends, and whether a known word fills it. */
  parts: { end: number; known: boolean }[];
}

/**
 * A sentence typed without spaces (발레맡긴뒤주행거리늘었어요, 차키를못돌려받았어요): spaces put back around
 * the known words in it (`isKnown`: a word of the site or of the lists, with its particle or ending),
 * covering the most syllables with the fewest pieces; what no known word covers stays as typed between
 * them (뒤, 늘었어요), a piece of its own. Latin letters and digits are pieces of their own (카카오T회원탈퇴방법).
 * Undefined for a short run, or when no known word of two syllables or more is in it.
 */
export function spacedRun(run: string, isKnown: (text: string) => boolean): string[] | undefined {
  const chars = [...run];
  if (chars.length < shortestSentence || chars.length > longestSentence) return undefined;
  const best: Cover[] = [];
  best[chars.length] = { covered: 0, parts: [] };
  const better = (a: Cover, b: Cover) => a.covered > b.covered || (a.covered === b.covered && a.parts.length < b.parts.length);
  for (let start = chars.length - 1; start >= 0; start--) {
    // Not in a known word: one more character of the unknown piece that follows, when of the same script.
    const rest = best[start + 1]!;
    const head = rest.parts[0];
    const sameScript = isSyllable(chars[start]!) === isSyllable(chars[start + 1] ?? '');
    let choice: Cover = head && !head.known && sameScript ? rest : { covered: rest.covered, parts: [{ end: start + 1, known: false }, ...rest.parts] };
    for (let end = start + 2; end <= Math.min(chars.length, start + longestPart + 2); end++) {
      const part = chars.slice(start, end);
      if (!part.every(isSyllable) || !isKnown(part.join(''))) continue;
      const after = best[end]!;
      const taken: Cover = { covered: after.covered + part.length, parts: [{ end, known: true }, ...after.parts] };
      if (better(taken, choice)) choice = taken;
    }
    best[start] = choice;
  }
  const { covered, parts } = best[0]!;
  if (covered < 2 || parts.length < 2) return undefined;
  // A run of the shortest length is spaced only when known words cover all of it but one syllable (발레휠긁힘).
  if (chars.length === shortestSentence && covered < chars.length - 1) return undefined;
  let from = 0;
  return parts.map(({ end }) => chars.slice(from, (from = end)).join(''));
}
