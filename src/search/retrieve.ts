/**
 * Finds the scripts of each resolved term: a common prefix from its bitsets (no Pagefind), a rare one
 * with one Pagefind search, which returns few pages for it. Each script gets, per term, where the
 * term is (1 title, 0.8 heading, 0.6 text), and a score over all terms weighted by how rare each is.
 */
import { bitsetIds, hasBit } from './data/format';
import type { SearchData } from './data/load';
import type { Term } from './resolve';
import { indexShard } from './vocabulary';

/** The subset of Pagefind's browser API (pagefind.js) the search uses. */
export interface PagefindApi {
  search(term: string): Promise<{ results: { id: string; score: number }[] } | null>;
  options?(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
}

export interface Retrieved {
  /** Scripts matching every term. */
  all: Set<number>;
  /** Scripts matching any term. */
  any: Set<number>;
  /** 0–1: how well a script matches the terms, rare terms and titles counting most. */
  score(script: number): number;
  pagefindSearches: number;
}

/** Script → place (1 title, 0.8 heading, 0.6 text). */
type Places = Map<number, number>;

const place = { title: 1, heading: 0.8, text: 0.6 };

/** How much a match through the vocabulary's help counts, relative to the word itself. */
const readingWeight: Record<string, number> = { word: 1, joined: 1, synonym: 0.95, split: 0.9, partial: 0.9, part: 0.85, choseong: 0.9 };

async function prefixPlaces(engine: { data: SearchData; pagefind: () => Promise<unknown> }, prefix: string, searches: { count: number }): Promise<Places> {
  const { data } = engine;
  const shard = await data.shard(prefix);
  const common = indexShard(shard).common.get(prefix);
  const places: Places = new Map();
  if (common) {
    const bits = await data.bitsets(common[1]);
    for (const script of bitsetIds(bits.any)) places.set(script, hasBit(bits.title, script) ? place.title : hasBit(bits.heading, script) ? place.heading : place.text);
    return places;
  }
  searches.count++;
  const pagefind = (await engine.pagefind()) as PagefindApi;
  const results = (await pagefind.search(prefix))?.results ?? [];
  const top = results[0]?.score || 1;
  for (const result of results) {
    const script = data.scriptOf.get(result.id);
    if (script !== undefined) places.set(script, Math.max(places.get(script) ?? 0, place.text + (1 - place.text) * Math.min(1, result.score / top)));
  }
  return places;
}

/** Scripts where every part matches, at the weakest part's place. */
function intersect(parts: Places[]): Places {
  const [first, ...rest] = [...parts].sort((a, b) => a.size - b.size);
  const out: Places = new Map();
  if (!first) return out;
  for (const [script, value] of first) {
    let weakest = value;
    let every = true;
    for (const other of rest) {
      const at = other.get(script);
      if (at === undefined) {
        every = false;
        break;
      }
      weakest = Math.min(weakest, at);
    }
    if (every) out.set(script, weakest);
  }
  return out;
}

export async function retrieve(engine: { data: SearchData; pagefind: () => Promise<unknown> }, terms: readonly Term[]): Promise<Retrieved> {
  const searches = { count: 0 };
  const lookups = new Map<string, Promise<Places>>();
  const lookup = (prefix: string) => {
    let pending = lookups.get(prefix);
    if (!pending) lookups.set(prefix, (pending = prefixPlaces(engine, prefix, searches)));
    return pending;
  };
  const perTerm = await Promise.all(
    terms.map(async (term) => {
      const places: Places = new Map();
      for (const alternative of term.alternatives) {
        const matched = intersect(await Promise.all(alternative.parts.map(lookup)));
        const weight = readingWeight[alternative.reading] ?? 1;
        for (const [script, value] of matched) places.set(script, Math.max(places.get(script) ?? 0, value * weight));
      }
      return places;
    }),
  );
  const scripts = engine.data.manifest.scripts || 1;
  const weights = terms.map((term, index) => term.weight * Math.log(1 + scripts / Math.max(1, perTerm[index]!.size)));
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const any = new Set<number>();
  for (const places of perTerm) for (const script of places.keys()) any.add(script);
  const all = new Set([...any].filter((script) => perTerm.every((places) => places.has(script))));
  return {
    all,
    any,
    score: (script) => perTerm.reduce((sum, places, index) => sum + weights[index]! * (places.get(script) ?? 0), 0) / total,
    pagefindSearches: searches.count,
  };
}
