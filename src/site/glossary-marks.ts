/** Finds glossary terms in script text so a page can mark each term's first occurrence (pure, no I/O). */
import { blockTexts, type Block } from '../model/script';
import { parseLine } from '../model/slot';
import { walkScript, type WalkStep } from '../model/walk';

/** Text with the terms it contains: plain strings, and marked spans that name their entry. */
export type TermSegment<T> = string | { text: string; entry: T };

// Terms by their first letter, longest first; built once per glossary (every page of a build reuses it).
const indexes = new WeakMap<readonly object[], Map<string, object[]>>();
function termIndex<T extends { term: string }>(entries: readonly T[]): Map<string, T[]> {
  let index = indexes.get(entries) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of [...entries].sort((a, b) => b.term.length - a.term.length)) {
      if (entry.term) index.set(entry.term[0]!, [...(index.get(entry.term[0]!) ?? []), entry]);
    }
    indexes.set(entries, index);
  }
  return index;
}

/**
 * Splits `text` at glossary terms, scanning left to right and taking the longest term at each position
 * (발레패스 over 발레). A term is marked only if it is not in `seen` yet; it is then added to `seen`.
 * A term already seen still covers its letters, so 발레 is never marked inside a later 발레패스.
 * Korean writes particles and compounds without spaces, so terms match anywhere (발레패스를, 입차처리하다).
 * @example markFirstTerms('발레패스를 해지', [{term:'발레'},{term:'발레패스'}], new Set()) → [{text:'발레패스', entry:{term:'발레패스'}}, '를 해지']
 */
export function markFirstTerms<T extends { term: string }>(text: string, entries: readonly T[], seen: Set<string>): TermSegment<T>[] {
  const byFirstLetter = termIndex(entries);
  const segments: TermSegment<T>[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    const entry = byFirstLetter.get(text[index] ?? '')?.find((candidate) => text.startsWith(candidate.term, index));
    if (!entry) {
      plain += text[index];
      index += 1;
      continue;
    }
    if (seen.has(entry.term)) {
      plain += entry.term;
    } else {
      if (plain) segments.push(plain);
      plain = '';
      segments.push({ text: entry.term, entry });
      seen.add(entry.term);
    }
    index += entry.term.length;
  }
  if (plain) segments.push(plain);
  return segments;
}

/**
 * The segments without their first `count` characters (a particle rendered before them). A mark cut by
 * the cut becomes plain text: its letters stay, only the mark is lost.
 * @example dropLeading(['는 ', {text:'발레', entry}], 1) → [' ', {text:'발레', entry}]
 */
export function dropLeading<T>(segments: readonly TermSegment<T>[], count: number): TermSegment<T>[] {
  let left = count;
  return segments.flatMap((segment): TermSegment<T>[] => {
    const text = typeof segment === 'string' ? segment : segment.text;
    if (left >= text.length) {
      left -= text.length;
      return [];
    }
    if (left === 0) return [segment];
    const rest = text.slice(left);
    left = 0;
    return [rest];
  });
}

/** The entries marked in a list of segments, in order. */
export const markedEntries = <T>(segments: readonly TermSegment<T>[]): T[] => segments.flatMap((segment) => (typeof segment === 'string' ? [] : [segment.entry]));

/**
 * The marks of one page, planned in reading order before rendering: each text (a line's literal part)
 * maps to its segments the first time it is met. Rendering then `take`s a text's segments once, so a
 * repeated identical sentence is marked only where it first appears, whatever order components render in.
 */
export class TermMarkPlan<T extends { term: string }> {
  readonly #planned = new Map<string, TermSegment<T>[]>();
  readonly entries: T[] = [];

  constructor(texts: Iterable<string>, glossary: readonly T[]) {
    const seen = new Set<string>();
    for (const text of texts) {
      if (this.#planned.has(text)) continue;
      const segments = markFirstTerms(text, glossary, seen);
      const marked = markedEntries(segments);
      if (marked.length) {
        this.#planned.set(text, segments);
        this.entries.push(...marked);
      }
    }
  }

  /** The segments of a text with its marks, once; afterwards (and for unmarked text) undefined. */
  take(text: string): TermSegment<T>[] | undefined {
    const segments = this.#planned.get(text);
    this.#planned.delete(text);
    return segments;
  }
}

/**
 * The literal texts of a script in reading order (the order the page renders them): each step's
 * blocks, then its branches depth first (label, blocks, sub-branches). Slot tokens split a line into separate texts, because the
 * page renders slots as their own elements and terms never span them.
 */
export function scriptTexts(steps: readonly WalkStep<Block>[]): string[] {
  return [...walkScript(steps)].flatMap((item) => {
    if (item.type === 'branch') return [item.branch.label];
    if (item.type === 'block') return blockTexts(item.block).flatMap((text) => parseLine(text).flatMap((part) => ('text' in part ? [part.text] : [])));
    return [];
  });
}
