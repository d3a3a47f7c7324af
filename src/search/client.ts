/**
 * The Korean search core, shared by the search box and the benchmarks. A query is planned
 * (korean/query.ts), resolved against the site's vocabulary into prefixes of words the pages contain
 * (resolve.ts), and each prefix is looked up once: a common one in its bitsets, a rare one with one
 * Pagefind search (retrieve.ts). The scripts are narrowed by the filters over the script table
 * (facets.ts), the best are shown at once from memory (first-look.ts: their cards, by their titles),
 * loaded (their Pagefind fragments) and ordered by what their text shows (korean/relevance.ts), and each
 * hit points at the step or branch where the match is (excerpt.ts).
 */
import type { Lexicon } from '../korean/lexicon';
import { planQuery, type QueryPlan } from '../korean/query';
import { rarityWeights, relevance, type ResultText } from '../korean/relevance';
import type { SearchData } from './data/load';
import { firstLookHits, textPending, type Candidate } from './first-look';
import { listIds, membershipOf, type FacetContext, type FilterSelection, type Membership } from './facets';
import type { Fragment } from './fragment';
import { fragmentHit, type SearchHit } from './hit';
import { formCounts, withReadings } from './readings';
import { isHalfUnsure, isMostlyFound } from './found';
import { typoShardTexts } from './corrections';
import { resolveTerms, shardTexts } from './resolve';
import { scriptsWith } from './site-words';
import type { Term } from './terms';
import { retrieve, type PagefindApi } from './retrieve';
import { isOtherTopic, topicShardTexts } from './topic';
import { indexShard } from './vocabulary';

export type { PagefindApi } from './retrieve';
export type { ExcerptPart } from './excerpt';
export { targetKey, type SearchHit } from './hit';

/** Selected filters: filter name → chosen values (category1…3, site). */
export type SearchFilters = FilterSelection;

export interface SearchOutcome {
  query: string;
  plan: QueryPlan;
  terms: Term[];
  /** The best `limit` hits, loaded and ranked (in a first look: ordered by their titles, text not loaded). */
  hits: SearchHit[];
  /** True for the early outcome given to `onFirstLook`: the hits have no excerpt or step yet. */
  firstLook?: boolean;
  /** How many scripts the list holds (before `limit`). */
  total: number;
  /** What the chips count over (facets.ts). */
  facets: FacetContext;
  /** True when the site named in the query found nothing and the search ran without it. */
  siteDropped: boolean;
  /** Pagefind searches the query needed (rare words only). */
  pagefindSearches: number;
}

export interface SearchEngine {
  data: SearchData;
  lexicon: Lexicon;
  /** Pagefind, loaded when a query needs it (a rare word). */
  pagefind: () => Promise<PagefindApi>;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** How many hits to load and return (default 10). */
  limit?: number;
  /** Read typos and Korean typed with the IME off (default true); false searches the text as typed. */
  corrections?: boolean;
  /**
   * Called with an early outcome once the best scripts are known, before their text is read
   * (first-look.ts): hits from memory, ordered by their titles, and whether some of that text still has
   * to load (only then is it worth showing). When it returns a promise, the text is requested once that
   * settles (the box lets the first look be painted first: a request costs the page's thread about a
   * millisecond, fifteen of them a frame). The search's own promise gives the final outcome.
   */
  onFirstLook?: (outcome: SearchOutcome, textPending: boolean) => void | Promise<void>;
}

const memberships = new WeakMap<SearchData, Membership>();
const membershipFor = (data: SearchData) => {
  let membership = memberships.get(data);
  if (!membership) memberships.set(data, (membership = membershipOf(data.table)));
  return membership;
};

/** Vocabulary shards the warm-up asks for at once. */
export const warmBatch = 5;

/**
 * Builds at idle what a page's first query would otherwise build on the agent's time: the script cards,
 * every vocabulary shard loaded and indexed, the filters' membership, and the planner's indexes of the lexicon (a query
 * of the glossary's first term runs through them), then one search of that term. The shards come a few at
 * a time, each batch after `pause` (the box holds it there while the agent searches), so a query typed
 * meanwhile shares the network with one batch, not with the whole vocabulary.
 */
export async function prepareSearch(engine: SearchEngine, pause: () => Promise<void> = async () => undefined): Promise<void> {
  membershipFor(engine.data);
  planQuery(engine.lexicon.terms[0] ?? '', engine.lexicon);
  // First the cards (one file): a query's hits then show from memory while their text loads (first-look.ts);
  // a shard not loaded yet costs a query one small request.
  await pause();
  // Without them the box only waits for the text, as before: a failed load must not stop the warm-up.
  await engine.data.cards().catch(() => undefined);
  const keys = engine.data.shardKeys;
  for (let at = 0; at < keys.length; at += warmBatch) {
    await pause();
    for (const shard of await Promise.all(keys.slice(at, at + warmBatch).map(engine.data.shardByKey))) {
      indexShard(shard);
      // One shard per task, so a keystroke is never kept waiting behind the whole vocabulary.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  // Last, one real search (the glossary's first term, three hits): the ranking, excerpt and loading code an
  // agent's first query runs is then compiled — that query was ≈ 50 ms slower than the next ones without it.
  await pause();
  await searchKorean(engine, engine.lexicon.terms[0] ?? '', { limit: 3 }).catch(() => undefined);
}

/** Bitset files the last part of the warm-up asks for at once. */
export const bitsetBatch = 16;

/**
 * The last part of the warm-up: the bitsets of every common prefix of the vocabulary (a few kB each,
 * immutable), a batch after each `pause`, so a query of common words reaches its first look without a
 * request (without them, the first query of each common word waited one round trip for its bitsets).
 */
export async function prefetchBitsets(engine: SearchEngine, pause: () => Promise<void> = async () => undefined): Promise<void> {
  const shards = await Promise.all(engine.data.shardKeys.map(engine.data.shardByKey));
  const files = [...new Set(shards.flatMap((shard) => shard.common.map(([, file]) => file)))];
  for (let at = 0; at < files.length; at += bitsetBatch) {
    await pause();
    await Promise.all(files.slice(at, at + bitsetBatch).map(engine.data.bitsets));
  }
}

/** What ranking reads of a loaded script, once per fragment (relevance.ts prepares it once too). */
const resultTexts = new WeakMap<Fragment, ResultText>();
function resultText(fragment: Fragment): ResultText {
  let text = resultTexts.get(fragment);
  if (!text) {
    text = { title: fragment.meta.title ?? '', headings: fragment.anchors.filter((anchor) => anchor.element !== 'h1' && anchor.text).map((anchor) => anchor.text!), content: fragment.content, terms: [] };
    resultTexts.set(fragment, text);
  }
  return text;
}

/** How many more scripts than shown are loaded and ranked by their text. */
const rankedExtra = 5;

/** Search as an agent types: resolve, retrieve, filter, rank, and shape the best hits for display. */
export async function searchKorean(engine: SearchEngine, query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const { data, lexicon } = engine;
  const plan = planQuery(query, lexicon);
  const limit = options.limit ?? 10;
  const membership = membershipFor(data);
  const none: FacetContext = { all: [], any: [], membership, querySites: plan.sites, canDropSites: false };
  const outcome = (partial: Partial<SearchOutcome>): SearchOutcome => ({ query, plan, terms: [], hits: [], total: 0, facets: none, siteDropped: false, pagefindSearches: 0, ...partial });
  if (!plan.normal && !plan.sites.length) return outcome({});

  const corrections = options.corrections ?? true;
  await Promise.all([...shardTexts(plan, lexicon), ...topicShardTexts(plan)].map((text) => data.shard(text)));
  let resolved = resolveTerms(plan, lexicon, data.loadedShard, corrections);
  // A word that matches nothing may be a typo in its first consonant: read the shards of the
  // consonants next to it (loaded once), then resolve again.
  const typoTexts = corrections ? typoShardTexts(resolved, lexicon).filter((text) => !data.loadedShard(text)) : [];
  if (typoTexts.length) {
    await Promise.all(typoTexts.map((text) => data.shard(text)));
    resolved = resolveTerms(plan, lexicon, data.loadedShard, corrections);
  }
  // A query whose words mostly match nothing (random letters, unrelated words) finds nothing.
  if (plan.normal && !isMostlyFound(resolved, lexicon)) return outcome({});
  // Nouns of another service beside the site's words (미용실 예약, 택배 환불): topic.ts.
  if (plan.normal && isOtherTopic(plan, resolved, data.loadedShard, lexicon, data.table)) return outcome({});
  const terms = resolved.filter((term) => term.alternatives.length);
  if (plan.normal && !terms.length) return outcome({});

  const retrieved = await retrieve(engine, terms);
  // Found words no script has together, beside words not found: unrelated words, not a question (found.ts isHalfUnsure).
  if (plan.normal && !retrieved.all.length && isHalfUnsure(resolved)) return outcome({});
  const filters = options.filters ?? {};
  const facets: FacetContext = terms.length
    ? inPassing({ all: retrieved.all, any: retrieved.any, membership, querySites: plan.sites, canDropSites: true })
    : { all: allScripts(data), any: [], membership, querySites: plan.sites, canDropSites: false };
  const listed = listIds(facets, filters);
  const siteDropped = plan.sites.length > 0 && listed.length > 0 && !listIds({ ...facets, canDropSites: false }, filters).length;

  // The best by where the terms are (title, heading, text); then their text decides the order.
  const ranked = best(listed, retrieved.score, limit + rankedExtra);
  const ranking = withReadings(plan, terms);
  const rarity = rarityWeights(ranking, data.manifest.scripts, formCounts(terms, (prefix) => scriptsWith(data.loadedShard, prefix)));
  const scoreOf = ({ score }: Candidate, text: ResultText) => 0.35 * score + relevance(ranking, text, rarity);
  const found = { terms, total: listed.length, facets, siteDropped, pagefindSearches: retrieved.pagefindSearches };
  const early = options.onFirstLook && firstLookHits(ranked, data, limit, scoreOf);
  if (early) await options.onFirstLook!(outcome({ ...found, hits: early, firstLook: true }), textPending(ranked, data));
  const loaded = await Promise.all(
    ranked.map(async (candidate) => {
      const fragment = await data.fragment(candidate.script);
      return fragmentHit(candidate.script, fragment, terms, data, scoreOf(candidate, resultText(fragment)));
    }),
  );
  const hits = loaded.sort((a, b) => b.score - a.score).slice(0, limit);
  return outcome({ ...found, hits });
}

/**
 * A site named in passing in a sentence (코엑스에서 차 찾으러 갔는데…): when none of its scripts has every
 * required word but other sites' scripts do, those are listed (the site dropped, and said so) rather
 * than the site's scripts that share some words. Decided without the chosen filters, so a chip's count
 * is what clicking it lists (facets.ts chipCounts).
 */
function inPassing(facets: FacetContext): FacetContext {
  const full = { ...facets, any: [] };
  return facets.querySites.length && !listIds({ ...full, canDropSites: false }, {}).length && listIds(full, {}).length ? full : facets;
}

function allScripts(data: SearchData): number[] {
  return Array.from({ length: data.manifest.scripts }, (_, script) => script);
}

/** The `count` best scripts by score (ties: lower number first), without sorting the whole list. */
function best(scripts: readonly number[], score: (script: number) => number, count: number): Candidate[] {
  const top: Candidate[] = [];
  for (const script of scripts) {
    const value = score(script);
    if (top.length === count && value <= top[count - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < value) at--;
    top.splice(at, 0, { script, score: value });
    if (top.length > count) top.pop();
  }
  return top;
}
