/**
 * How well a loaded search result answers a query plan: each concept of the query is looked for in
 * the title, the headings (steps, branches), the text, and last the build-time search terms, without
 * spaces so compounds and spacing variants count; the literal phrase earns a bonus. Pagefind finds the
 * candidates; this decides their order, so the script that says what the agent typed comes first.
 */
import { getChoseong } from 'es-hangul';
import type { Concept, QueryPlan } from './query';
import { compact, escapeRegExp as escape, normalise } from './text';

export interface ResultText {
  title: string;
  /** Step titles and branch labels. */
  headings: string[];
  /** The visible text of the page. */
  content: string;
  /** The hidden build-time search terms. */
  terms: string[];
}

const choseongText = (text: string) => getChoseong(text.replace(/[^\uAC00-\uD7A3]/g, ''));

interface Prepared {
  title: string;
  headings: string;
  content: string;
  terms: string[];
  titleInitials: string;
  headingInitials: string;
  /** Title and text normalised, spaced as written (for the literal query). */
  spaced: string;
}

/** Prepared once per result text: the same loaded script is ranked again on every keystroke. */
const prepared = new WeakMap<ResultText, Prepared>();

function prepare(text: ResultText): Prepared {
  const known = prepared.get(text);
  if (known) return known;
  const title = compact(text.title);
  const headings = compact(text.headings.join(' '));
  const doc = {
    title,
    headings,
    content: compact(text.content),
    terms: text.terms.map(compact),
    titleInitials: choseongText(title),
    headingInitials: choseongText(headings),
    spaced: normalise(text.title + ' ' + text.content),
  };
  prepared.set(text, doc);
  return doc;
}

/** 1 in the title, 0.8 in a heading, 0.6 in the text, 0.4 only in the search terms, else 0. */
function placeScore(concept: Concept, doc: Prepared): number {
  if (concept.choseong) {
    const [initials] = concept.forms;
    if (!initials) return 0;
    if (doc.titleInitials.includes(initials)) return 1;
    if (doc.headingInitials.includes(initials)) return 0.8;
    return doc.terms.some((term) => term.startsWith(initials)) ? 0.4 : 0;
  }
  // A last word may be complete (해지하려면 → 해지) or still composing (발레팻 → 발레패스): either counts.
  const pattern = concept.pattern ? new RegExp(concept.pattern) : undefined;
  const has = (text: string) => !!pattern?.test(text) || concept.forms.some((form) => form && text.includes(form));
  if (has(doc.title)) return 1;
  if (has(doc.headings)) return 0.8;
  if (has(doc.content)) return 0.6;
  return doc.terms.some((term) => !!pattern?.test(term) || concept.forms.some((form) => form && term.startsWith(form))) ? 0.4 : 0;
}

/** Where the concept is, plus a little when the word as typed (with its particle) is there too: 이용중으로. */
function conceptScore(concept: Concept, doc: Prepared): number {
  const own = placeScore(concept, doc);
  // What search read the words as (a thesaurus term, a correction) counts its reading's share.
  const place = (concept.readings ?? []).reduce((best, reading) => Math.max(best, reading.weight * placeScore({ forms: [reading.form], weight: 1 }, doc)), own);
  const typed = concept.typed;
  return place && typed && typed !== concept.forms[0] && doc.content.includes(typed) ? place + 0.15 : place;
}

/** The query's words in a row, without spaces, the composing word as its pattern: 발레패스해[자-짛]. */
function phrasePattern(plan: QueryPlan): RegExp | undefined {
  const parts = plan.concepts.filter((concept) => !concept.choseong);
  if (parts.length < 2) return undefined;
  return new RegExp(parts.map((concept) => `(?:${[...concept.forms.filter(Boolean).map(escape), ...(concept.pattern ? [concept.pattern] : [])].join('|')})`).join(''), 'g');
}

/**
 * How much each concept of a query says, by how many of the site's scripts contain it: the rarer,
 * the more (log(1 + scripts / containing)); a concept no script contains cannot tell scripts apart (0).
 * `containing` gives the count for a concept's first form, `scripts` the size of the site.
 */
export function rarityWeights(plan: QueryPlan, scripts: number, containing: (form: string) => number): number[] {
  return plan.concepts.map((concept) => {
    const form = concept.forms[0];
    if (concept.choseong || concept.pattern || !form) return 1;
    // A word no script has counts as much as what search read it as (외제차 → 수입차).
    const count = [form, ...(concept.readings ?? []).map((reading) => reading.form)].map(containing).find((found) => found > 0) ?? 0;
    return count ? Math.sqrt(Math.log(1 + scripts / count) / Math.log(3)) : 0;
  });
}

/**
 * A score around 0–1.6: concept coverage (0–1) plus phrase bonuses. `rarity` (rarityWeights) makes a
 * rare word of a long sentence count more than a word every script has (요금, 결제, 차).
 */
export function relevance(plan: QueryPlan, text: ResultText, rarity?: readonly number[]): number {
  const doc = prepare(text);
  const weightOf = (concept: Concept, index: number) => concept.weight * (rarity?.[index] ?? 1);
  const total = plan.concepts.reduce((sum, concept, index) => sum + weightOf(concept, index), 0);
  const coverage = total ? plan.concepts.reduce((sum, concept, index) => sum + weightOf(concept, index) * conceptScore(concept, doc), 0) / total : 0;
  let phrase = 0;
  const pattern = phrasePattern(plan);
  if (pattern) {
    if (pattern.test(doc.title)) phrase += 0.3;
    else if ((pattern.lastIndex = 0, pattern.test(doc.headings))) phrase += 0.2;
    phrase += Math.min(3, doc.content.match(pattern)?.length ?? 0) * 0.1;
  }
  // The literal query, spaced as typed, in the text: what the agent typed is what the script says.
  const literal = normalise(plan.normal);
  if (literal.length >= 2 && !plan.partialOnly && doc.spaced.includes(literal)) phrase += 0.15;
  return coverage + phrase;
}
