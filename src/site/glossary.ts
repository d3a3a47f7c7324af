/** Build-side view of the glossary (용어집): entries in 가나다 order with the scripts that use each term. */
import { getChoseong } from 'es-hangul';
import { settings } from '../config/settings';
import type { GlossaryEntry } from '../model/glossary';
import type { Catalog, FaqEntry } from './catalog';
import { markedEntries, markFirstTerms, scriptTexts } from './glossary-marks';
import { url } from './url';

export interface GlossaryItem {
  entry: GlossaryEntry;
  /** First consonant of the term (ㅂ for 발레), for the index. */
  initial: string;
  /** Scripts listed as related in the data (first, in the data's order), then scripts whose text uses the term. */
  scripts: FaqEntry[];
}

/** How many related scripts the glossary lists per term (kb.config.ts); search finds the rest (`searchUrl`). */
export const glossaryScriptLimit = settings().limits.glossaryScripts;

/** The search page for a term: every script that uses it, however many. */
export const searchUrl = (term: string) => url({ page: 'search', query: term });

export const glossaryUrl = (entry?: Pick<GlossaryEntry, 'slug'>) => url({ page: 'glossary', slug: entry?.slug });

/** The terms a script uses, longest match first (발레패스 does not also count as 발레). */
export function termsInScript(faq: FaqEntry, glossary: readonly GlossaryEntry[]): Set<string> {
  const seen = new Set<string>();
  for (const text of [faq.data.title, ...scriptTexts(faq.data.steps)]) markedEntries(markFirstTerms(text, glossary, seen));
  return seen;
}

export function glossaryItems(catalog: Catalog): GlossaryItem[] {
  const used = new Map(catalog.faqs.map((faq) => [faq, termsInScript(faq, catalog.glossary)]));
  return [...catalog.glossary]
    .sort((a, b) => a.term.localeCompare(b.term, 'ko'))
    .map((entry) => ({
      entry,
      initial: getChoseong(entry.term).charAt(0) || entry.term.charAt(0),
      scripts: [
        ...entry.related.flatMap((id) => catalog.faqs.find((faq) => faq.data.id === id) ?? []),
        ...catalog.faqs.filter((faq) => !entry.related.includes(faq.data.id) && used.get(faq)?.has(entry.term)),
      ],
    }));
}
