/**
 * Turns what an agent typed into the searches to run: the literal query, stems without particles and
 * endings, spacing variants, glossary synonyms, a reading of a syllable the IME is still composing,
 * and the single words for a fallback when no variant matches every word. Pure and browser-safe.
 */
import { isStopWord, stem, stems } from './endings';
import type { Lexicon } from './lexicon';
import { partialReadings } from './partial';
import { isChoseongWord, isConsonant, normalise, syllableCount, words } from './text';

export type VariantKind = 'literal' | 'stem' | 'spacing' | 'synonym' | 'partial';

export interface QueryVariant {
  kind: VariantKind;
  text: string;
  /** How much a match of this variant counts, relative to the literal query (1). */
  weight: number;
}

export interface QueryPlan {
  /** The query as normalised (site names removed when they became a filter). */
  normal: string;
  /** Site names the query mentions, applied as a site filter. */
  sites: string[];
  variants: QueryVariant[];
  /** Content words (stems, synonyms resolved) searched one by one when no variant matches. */
  words: string[];
  /** Patterns (RegExp sources) a result's text should match: the finished form of a composing syllable. */
  patterns: string[];
  /** True when the query ends in a bare consonant (출ㅊ): results must complete it. */
  partialOnly: boolean;
  /** Stems of the query's own words, for ranking titles that contain them. */
  stems: string[];
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** A site the word names: the site itself, or a prefix of at least two syllables (인천 → 인천공항). */
function siteOf(word: string, sites: readonly string[]): string | undefined {
  for (const form of stems(word)) {
    const exact = sites.find((site) => site === form);
    if (exact) return exact;
    if (syllableCount(form) >= 2) {
      const prefixed = sites.filter((site) => site.startsWith(form));
      if (prefixed.length === 1) return prefixed[0];
    }
  }
  return undefined;
}

/**
 * Replaces glossary synonyms found in the query (compared without spaces, so `차 팔았는데` finds
 * `차 팔았`) by their term; the words a synonym covers are replaced as a whole.
 */
export function applySynonyms(list: readonly string[], lexicon: Lexicon): { words: string[]; terms: string[] } {
  const out = [...list];
  const terms: string[] = [];
  const pairs = [...lexicon.synonyms].sort((a, b) => compact(b[0]).length - compact(a[0]).length);
  for (const [synonym, term] of pairs) {
    const target = compact(normalise(synonym));
    if (!target) continue;
    // Try every run of consecutive words whose joined text starts with the synonym.
    for (let start = 0; start < out.length; start++) {
      let joined = '';
      for (let end = start; end < out.length; end++) {
        joined += out[end];
        const hit = joined.startsWith(target) && (joined.length - target.length <= 4 || syllableCount(target) >= 3);
        const whole = out.slice(start, end + 1).every((word) => !word.startsWith('\u0000'));
        if (hit && whole) {
          out.splice(start, end - start + 1, `\u0000${term}`);
          terms.push(term);
          break;
        }
        if (joined.length >= target.length) break;
      }
    }
  }
  return { words: out.map((word) => word.replace('\u0000', '')), terms };
}

export function planQuery(query: string, lexicon: Lexicon): QueryPlan {
  const raw = words(query);
  const sites: string[] = [];
  const rest: string[] = [];
  for (const word of raw) {
    const site = raw.length > 1 || isChoseongWord(word) ? siteOf(word, lexicon.sites) : undefined;
    if (site) sites.push(site);
    else rest.push(word);
  }
  const variants: QueryVariant[] = [];
  const add = (kind: VariantKind, text: string, weight: number) => {
    const clean = text.trim();
    if (clean && !variants.some((variant) => variant.text === clean)) variants.push({ kind, text: clean, weight });
  };
  const normal = rest.join(' ');
  add('literal', normal, 1);

  const stemmed = rest.map((word) => (isChoseongWord(word) ? word : stem(word))).filter((word) => !isStopWord(word));
  add('stem', stemmed.join(' '), 0.95);

  // Spacing: the query's words written together (발레 패스 → 발레패스), pair by pair.
  if (stemmed.length > 1) {
    add('spacing', stemmed.join(''), 0.9);
    stemmed.slice(1).forEach((next, index) => {
      if (stemmed.length > 2) add('spacing', [...stemmed.slice(0, index), stemmed[index]! + next, ...stemmed.slice(index + 2)].join(' '), 0.85);
    });
  }

  // Synonyms: on the raw words (a synonym may include an ending, 차를 팔았) and on the stems.
  const fromRaw = applySynonyms(rest, lexicon);
  const fromStems = applySynonyms(stemmed, lexicon);
  const synonymTerms = [...new Set([...fromRaw.terms, ...fromStems.terms])];
  if (synonymTerms.length) {
    const resolved = fromRaw.words.map((word) => (synonymTerms.includes(word) ? word : stem(word))).filter((word) => !isStopWord(word));
    add('synonym', resolved.join(' '), 0.85);
    add('synonym', fromStems.words.join(' '), 0.85);
  }

  // A syllable still being composed at the end of the query.
  const patterns: string[] = [];
  const last = rest.at(-1);
  if (last) {
    for (const reading of partialReadings(last)) {
      patterns.push(reading.pattern);
      add('partial', [...stemmed.slice(0, -1), reading.prefix].join(' '), 0.8);
    }
  }

  const fallbackWords = [...new Set([...stemmed, ...synonymTerms.flatMap(words)].filter((word) => !isStopWord(word)))];
  const partialOnly = !!last && isConsonant([...last].at(-1)!) && !isChoseongWord(last);
  return { normal, sites, variants, words: fallbackWords, patterns, partialOnly, stems: stemmed };
}
