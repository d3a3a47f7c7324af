/**
 * Finds the scripts of each resolved term: a common prefix from its bitsets (no Pagefind), a rare one
 * with one Pagefind search, which returns few pages for it. Each script gets, per term, where the
 * term is (1 title, 0.8 heading, 0.6 text), and a score over all terms weighted by how rare each is.
 */
import type { SearchData } from './data/load';
import type { Reading, Term } from './terms';
import { indexShard } from './vocabulary';

/** The subset of Pagefind's browser API (pagefind.js) the search uses. */
export interface PagefindApi {
  search(term: string): Promise<{ results: { id: string; score: number }[] } | null>;
  options?(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
}

export interface Retrieved {
  /** Scripts matching every term, ascending. */
  all: number[];
  /** Scripts matching any term, ascending. */
  any: number[];
  /** 0–1: how well a script matches the terms, rare terms and titles counting most. */
  score(script: number): number;
  pagefindSearches: number;
}

/**
 * Per script (by number), where a term is: 1 title, 0.8 heading, 0.6 text, 0 absent. Typed arrays,
 * not maps: a common word covers most of 10,000 scripts, and this runs on every keystroke.
 */
type Places = Float32Array;

const place = { title: 1, heading: 0.8, text: 0.6 };

/** How much a match through the vocabulary's help counts, relative to the word itself. */
/** A customer word (thesaurus) ranks below the script's own word: 0.8. */
export const readingWeight: Record<Reading, number> = { word: 1, joined: 1, synonym: 0.95, thesaurus: 0.8, split: 0.9, partial: 0.9, part: 0.85, choseong: 0.9, keyboard: 0.9, typo: 0.85 };

type Engine = { data: SearchData; pagefind: () => Promise<unknown> };

async function prefixPlaces(engine: Engine, prefix: string, searches: { count: number }): Promise<Places> {
  const { data } = engine;
  const scripts = data.manifest.scripts;
  const places: Places = new Float32Array(scripts);
  const shard = await data.shard(prefix);
  const common = indexShard(shard).common.get(prefix);
  if (common) {
    const { any, title, heading } = await data.bitsets(common[1]);
    for (let byte = 0; byte < any.length; byte++) {
      const bits = any[byte]!;
      if (!bits) continue;
      for (let bit = 0; bit < 8; bit++) {
        if (!(bits & (1 << bit))) continue;
        const script = byte * 8 + bit;
        places[script] = title[byte]! & (1 << bit) ? place.title : heading[byte]! & (1 << bit) ? place.heading : place.text;
      }
    }
    return places;
  }
  searches.count++;
  const pagefind = (await engine.pagefind()) as PagefindApi;
  const results = (await pagefind.search(prefix))?.results ?? [];
  const top = results[0]?.score || 1;
  for (const result of results) {
    const script = data.scriptOf.get(result.id);
    if (script !== undefined) places[script] = Math.max(places[script]!, place.text + (1 - place.text) * Math.min(1, result.score / top));
  }
  return places;
}

/** Scripts where every part matches, at the weakest part's place. */
function intersect(parts: Places[]): Places {
  const out = Float32Array.from(parts[0]!);
  for (const other of parts.slice(1)) for (let script = 0; script < out.length; script++) out[script] = Math.min(out[script]!, other[script]!);
  return out;
}

export async function retrieve(engine: Engine, terms: readonly Term[]): Promise<Retrieved> {
  const searches = { count: 0 };
  const lookups = new Map<string, Promise<Places>>();
  const lookup = (prefix: string) => {
    let pending = lookups.get(prefix);
    if (!pending) lookups.set(prefix, (pending = prefixPlaces(engine, prefix, searches)));
    return pending;
  };
  const scripts = engine.data.manifest.scripts;
  const perTerm = await Promise.all(
    terms.map(async (term) => {
      const places: Places = new Float32Array(scripts);
      for (const alternative of term.alternatives) {
        const matched = intersect(await Promise.all(alternative.parts.map(lookup)));
        const weight = readingWeight[alternative.reading] ?? 1;
        for (let script = 0; script < scripts; script++) if (matched[script]) places[script] = Math.max(places[script]!, matched[script]! * weight);
      }
      return places;
    }),
  );
  // One pass: which scripts match every term, which any, and each one's score.
  const counts = perTerm.map((places) => places.reduce((count, value) => count + (value > 0 ? 1 : 0), 0));
  // A verb form says less about what a sentence is about than its nouns (optional terms count half).
  const weights = terms.map((term, index) => term.weight * (term.optional ? 0.5 : 1) * Math.log(1 + (scripts || 1) / Math.max(1, counts[index]!)));
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const scores = new Float32Array(scripts);
  const all: number[] = [];
  const any: number[] = [];
  // A script is listed when it matches every required term (optional ones only rank: resolve.ts Term).
  const required = terms.some((term) => !term.optional) ? terms.map((term) => !term.optional) : terms.map(() => true);
  const requiredCount = required.filter(Boolean).length;
  const missing = new Uint8Array(scripts);
  for (let script = 0; script < scripts; script++) {
    let sum = 0;
    let matched = 0;
    let matchedRequired = 0;
    for (let index = 0; index < perTerm.length; index++) {
      const value = perTerm[index]![script]!;
      if (value > 0) {
        matched++;
        if (required[index]) matchedRequired++;
        sum += weights[index]! * value;
      }
    }
    if (!matched) continue;
    any.push(script);
    if (matchedRequired === requiredCount) all.push(script);
    missing[script] = requiredCount - matchedRequired;
    scores[script] = sum / total;
  }
  return { all: withNearMisses(all, any, scores, missing, terms.length), any, score: (script) => scores[script] ?? 0, pagefindSearches: searches.count };
}

/** Terms from which a query is a sentence rather than a list of conditions. */
const sentenceTerms = 3;
/** How close to the best full match a near miss must score. */
const nearMissShare = 0.5;

/**
 * In a sentence, a script that misses one of its words but scores above every script matching all of
 * them is listed too: it matches the rarer words (자동결제 출구 without 주차장), and ranking decides.
 */
function withNearMisses(all: number[], any: readonly number[], scores: Float32Array, missing: Uint8Array, termCount: number): number[] {
  if (termCount < sentenceTerms || !all.length) return all;
  const bestFull = Math.max(...all.map((script) => scores[script]!));
  const near = any.filter((script) => missing[script] === 1 && scores[script]! >= nearMissShare * bestFull);
  return near.length ? [...all, ...near].sort((a, b) => a - b) : all;
}
