/**
 * What search read the query's words as (resolve.ts: a thesaurus term, a typo's correction, the
 * site's own spelling or split), handed to the ranking of loaded results (korean/relevance.ts), so
 * a script is ordered by the words it matched on, not only by the words as typed: 외제차 ranks the
 * scripts that say 수입차, at the share of the reading (retrieve.ts readingWeight).
 */
import { compact, syllableCount } from '../korean/text';
import type { QueryPlan } from '../korean/query';
import type { Term } from './terms';
import { readingWeight } from './retrieve';

/** What a verb form counts in ranking, relative to a word that names something (korean/query.ts planQuery). */
const verbWeight = 0.5;

export function withReadings(plan: QueryPlan, terms: readonly Term[]): QueryPlan {
  const concepts = plan.concepts.map((concept) => {
    if (concept.choseong || !concept.words) return concept;
    const covering = terms.filter((term) => term.typed.some((word) => concept.words!.includes(word)));
    // A phrase's own words (출차가 안돼요 → 출차) say less than the phrase: only a single word's form counts (휠이 → 휠).
    const alternatives = covering.flatMap((term) => term.alternatives.filter((alternative) => alternative.reading !== 'word' || concept.words!.length === 1));
    const readings = alternatives.map((alternative) => ({ form: compact(alternative.parts.join('')), weight: readingWeight[alternative.reading] }));
    const fresh = readings.filter((reading) => reading.form && !concept.forms.includes(reading.form));
    // A word search read as a verb form (맡긴, 긁힌: optional, alone, or a verb form modifying a noun even where the
    // search needs it: 맡긴 차가 안 나온대요) counts as the planner's verb forms do, half.
    const verb = covering.length > 0 && covering.every((term) => (term.optional || term.modifier) && term.typed.length === 1);
    // Korean typed with the IME off (qkffpvotm → 발레패스) ranks as that Korean typed: its reading is the word's own form, weighed as a word.
    const typedOff = covering.find((term) => term.corrected && term.alternatives[0]?.reading === 'keyboard');
    if (typedOff) {
      const own = compact(typedOff.alternatives[0]!.parts.join(''));
      return { ...concept, forms: [...concept.forms, own], weight: syllableCount(own) <= 1 ? concept.weight : 1, readings: fresh.filter((reading) => reading.form !== own) };
    }
    const weight = verb ? Math.min(concept.weight, verbWeight) : concept.weight;
    return fresh.length || weight !== concept.weight ? { ...concept, weight, ...(fresh.length ? { readings: fresh } : {}) } : concept;
  });
  return { ...plan, concepts };
}

/**
 * How many scripts contain a form of the ranking plan (rarityWeights), by `count` (scripts with a
 * prefix): a form the site writes apart (이용중 of 이용중이래요, read as 이용 + 중) is no prefix of
 * the site's words, and counts as its rarest part, not as a word no script has (which weighs nothing).
 */
export function formCounts(terms: readonly Term[], count: (prefix: string) => number): (form: string) => number {
  const apart = new Map(terms.flatMap((term) => term.alternatives.filter((alternative) => alternative.parts.length > 1).map((alternative) => [compact(alternative.parts.join('')), alternative.parts] as const)));
  return (form) => {
    const found = count(form);
    const parts = apart.get(form);
    return found || !parts ? found : Math.min(...parts.map(count));
  };
}
