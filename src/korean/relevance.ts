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
}

function prepare(text: ResultText): Prepared {
  const title = compact(text.title);
  const headings = compact(text.headings.join(' '));
  return {
    title,
    headings,
    content: compact(text.content),
    terms: text.terms.map(compact),
    titleInitials: choseongText(title),
    headingInitials: choseongText(headings),
  };
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
  const pattern = concept.pattern ? new RegExp(concept.pattern) : undefined;
  const has = (text: string) => (pattern ? pattern.test(text) : concept.forms.some((form) => form && text.includes(form)));
  if (has(doc.title)) return 1;
  if (has(doc.headings)) return 0.8;
  if (has(doc.content)) return 0.6;
  if (doc.terms.some((term) => (pattern ? pattern.test(term) : concept.forms.some((form) => form && term.startsWith(form))))) return 0.4;
  // A composing word whose finished form is absent still counts a little for its typed part.
  return pattern && concept.forms.some((form) => doc.content.includes(form)) ? 0.15 : 0;
}

/** Where the concept is, plus a little when the word as typed (with its particle) is there too: 이용중으로. */
function conceptScore(concept: Concept, doc: Prepared): number {
  const place = placeScore(concept, doc);
  const typed = concept.typed;
  return place && typed && typed !== concept.forms[0] && doc.content.includes(typed) ? place + 0.15 : place;
}

/** The query's words in a row, without spaces, the composing word as its pattern: 발레패스해[자-짛]. */
function phrasePattern(plan: QueryPlan): RegExp | undefined {
  const parts = plan.concepts.filter((concept) => !concept.choseong);
  if (parts.length < 2) return undefined;
  return new RegExp(parts.map((concept) => concept.pattern ?? `(?:${concept.forms.filter(Boolean).map(escape).join('|')})`).join(''), 'g');
}

/** A score around 0–1.6: concept coverage (0–1) plus phrase bonuses. */
export function relevance(plan: QueryPlan, text: ResultText): number {
  const doc = prepare(text);
  const total = plan.concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const coverage = total ? plan.concepts.reduce((sum, concept) => sum + concept.weight * conceptScore(concept, doc), 0) / total : 0;
  let phrase = 0;
  const pattern = phrasePattern(plan);
  if (pattern) {
    if (pattern.test(doc.title)) phrase += 0.3;
    else if ((pattern.lastIndex = 0, pattern.test(doc.headings))) phrase += 0.2;
    phrase += Math.min(3, doc.content.match(pattern)?.length ?? 0) * 0.1;
  }
  // The literal query, spaced as typed, in the text: what the agent typed is what the script says.
  const literal = normalise(plan.normal);
  if (literal.length >= 2 && !plan.partialOnly && normalise(text.title + ' ' + text.content).includes(literal)) phrase += 0.15;
  return coverage + phrase;
}
