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
 * 세금 계산서발급 → 세금계산서 + 발급): the words of both read together, when that takes fewer parts
 * than reading each apart. Words spaced where the site spaces them are left alone (요금 문의).
 */
export function respaced(
  first: string,
  second: string,
  lookups: SegmentLookups,
): string[] | undefined {
  const together = segments(first + second, lookups);
  if (!together) return undefined;
  let at = 0;
  const cuts = new Set(together.map((part) => (at += part.length)));
  if (cuts.has(first.length)) return undefined;
  const apart = (word: string) =>
    lookups.isWord(word) ? 1 : (segments(word, lookups)?.length ?? Infinity);
  return together.length < apart(first) + apart(second) ? together : undefined;
}
