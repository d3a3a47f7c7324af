/** Glossary terms to suggest when a search finds nothing: those sharing syllables or 초성 with the query first. */
import { choseongOf } from '../korean/choseong';
import { normalise } from '../korean/text';

export function suggestTerms(query: string, terms: readonly string[], count = 5): string[] {
  const q = normalise(query).replace(/\s+/g, '');
  const qInitials = choseongOf(q) || q;
  const score = (term: string) => {
    const t = term.replace(/\s+/g, '');
    const shared = [...new Set(t)].filter((char) => q.includes(char)).length;
    return shared * 2 + (choseongOf(t).startsWith(qInitials.slice(0, 2)) ? 1 : 0);
  };
  return [...terms].sort((a, b) => score(b) - score(a)).slice(0, count);
}
