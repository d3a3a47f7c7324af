/**
 * Where in a script the match is and what to show of it: the step or branch heading whose section
 * holds most of the query's terms, and a window of its text around them with the matched words
 * marked. Text only: the parts are rendered with textContent, never as HTML.
 */
import { compact } from '../korean/text';
import type { Fragment, FragmentAnchor } from './fragment';
import type { Term } from './terms';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Section {
  /** The heading's anchor, or undefined for the top of the page. */
  anchor?: FragmentAnchor;
  title: string;
  /** Word range [start, end) of the section in the fragment's content. */
  start: number;
  end: number;
}

/** Words of the excerpt. */
const excerptWords = 24;

/** Pagefind keeps text as written; decode the entities it escapes so parts hold plain text. */
const decode = (text: string) => text.replace(/&(lt|gt|quot|#39|#x27|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", amp: '&' })[name] ?? '');

const contentWords = (fragment: Fragment) => fragment.content.split(/\s+/).filter(Boolean);

/** For each word of the content, the index of the term it matches (or -1). */
function matches(wordsOfContent: string[], terms: readonly Term[]): number[] {
  const prefixes = terms.map((term) => term.alternatives.flatMap((alternative) => alternative.parts));
  // Most words hold no first letter of any part: skip them before normalising (this runs per keystroke).
  const firsts = [...new Set(prefixes.flat().map((part) => part[0]!).filter(Boolean))];
  return wordsOfContent.map((word) => {
    if (!firsts.some((first) => word.toLowerCase().includes(first))) return -1;
    const normal = compact(decode(word));
    if (!normal) return -1;
    return prefixes.findIndex((parts) => parts.some((part) => normal.startsWith(part) || (part.length > 1 && normal.includes(part))));
  });
}

/** Heading anchors (steps, branches), in page order, each with its section's word range. */
function sections(fragment: Fragment, total: number): Section[] {
  const headings = fragment.anchors.filter((anchor) => /^h[2-6]$/.test(anchor.element) && anchor.text).sort((a, b) => a.location - b.location);
  const top: Section = { title: fragment.meta.title ?? '', start: 0, end: headings[0]?.location ?? total };
  return [top, ...headings.map((anchor, index) => ({ anchor, title: decode(anchor.text!), start: anchor.location, end: headings[index + 1]?.location ?? total }))];
}

/** The section holding the most distinct terms (then the most matched words); a heading beats the page top. */
function bestSection(all: Section[], matched: number[]): Section | undefined {
  let best: Section | undefined;
  let bestScore = 0;
  for (const section of all) {
    const found = matched.slice(section.start, section.end).filter((term) => term >= 0);
    const score = new Set(found).size * 1000 + found.length + (section.anchor ? 0.5 : 0);
    if (found.length && score > bestScore) [best, bestScore] = [section, score];
  }
  return best;
}

/** A window of the section's text around its densest run of matches, matched words marked. */
function excerptOf(list: string[], matched: number[], section: Section | undefined): ExcerptPart[] {
  const start = section?.start ?? 0;
  const end = section?.end ?? list.length;
  let from = start;
  let most = -1;
  for (let at = start; at < Math.max(start + 1, end - excerptWords + 1); at++) {
    let count = 0;
    for (let word = at; word < Math.min(end, at + excerptWords); word++) if (matched[word]! >= 0) count++;
    if (count > most) [from, most] = [at, count];
  }
  const parts: ExcerptPart[] = [];
  for (let at = from; at < Math.min(end, from + excerptWords); at++) {
    const text = decode(list[at]!);
    const mark = matched[at]! >= 0;
    if (parts.length) parts.push({ text: ' ', mark: false });
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** Where in a fragment the terms are: the best section (undefined when none matches) and its excerpt. */
export function locate(fragment: Fragment, terms: readonly Term[]): { section?: Section; excerpt: ExcerptPart[] } {
  const list = contentWords(fragment);
  const matched = matches(list, terms);
  const section = bestSection(sections(fragment, list.length), matched);
  return { section, excerpt: excerptOf(list, matched, section) };
}
