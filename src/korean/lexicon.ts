/**
 * The search lexicon the browser loads (/search/lexicon.json): glossary synonyms → terms, glossary
 * terms for suggestions, and site names that a query may mention. Built from content at build time.
 */
import type { ThesaurusLexicon } from '../model/thesaurus';

export interface Lexicon {
  /** [synonym, term] pairs from the glossary; a term's own spaced/unspaced forms are included. */
  synonyms: [string, string][];
  /** Glossary terms, suggested when a search finds nothing. */
  terms: string[];
  /** Site names (현장): a query naming one becomes a site filter. */
  sites: string[];
  /**
   * The customer-speech thesaurus (src/model/thesaurus.ts): [customer word, term] pairs searched as the
   * term, ranked below the word itself; [misspelling, term] pairs corrected (and said so); [verb, term] pairs
   * read so only when they open the query (나가다 → 출차); [word, service] pairs of another service's words
   * (지하철, 택시), never searched: src/search/topic.ts; the terms of place and time groups
   * (places, times: src/korean/places-and-times.ts); the elsewhere groups of things customers carry (carried).
   */
  thesaurus?: ThesaurusLexicon;
}

export const emptyLexicon: Lexicon = { synonyms: [], terms: [], sites: [] };

export function buildLexicon(glossary: readonly { term: string; synonyms: readonly string[] }[], sites: readonly string[]): Lexicon {
  const synonyms: [string, string][] = [];
  for (const entry of glossary) {
    for (const synonym of entry.synonyms) synonyms.push([synonym, entry.term]);
  }
  return { synonyms, terms: glossary.map((entry) => entry.term), sites: [...sites] };
}
