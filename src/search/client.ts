/**
 * The Korean search core, shared by the search box and the benchmark: runs the query plan's variants
 * through Pagefind, merges and ranks them (the literal match first), and shapes each hit for display:
 * title, category path, sites, and the step or branch where the match is.
 */
import type { Lexicon } from '../korean/lexicon';
import { planQuery, type QueryPlan } from '../korean/query';
import { relevance, type ResultText } from '../korean/relevance';

/** The subset of Pagefind's browser API (pagefind.js) the search uses. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
  options?(options: Record<string, unknown>): Promise<void>;
  /** Every filter's values with their page counts (loads the filter index). */
  filters?(): Promise<Record<string, Record<string, number>>>;
  init?(): Promise<void>;
  /** A second, independent Pagefind (its own worker and loaded chunks) over the same bundle. */
  createInstance?(options?: Record<string, unknown>): PagefindApi;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Each loaded filter's values with their page counts, without the search term. */
  totalFilters?: Record<string, Record<string, number>>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

/** Selected filters: filter name → chosen values (category1…3, site). */
export type SearchFilters = Record<string, string[]>;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  /** FAQ id (from the page's metadata). */
  id: string;
  title: string;
  /** The script page's URL. */
  url: string;
  /** Where to go: the page, or the page at the step/branch where the match is (`#s2-b1-0`). */
  target: string;
  /** Title of the step or branch the target points at, if any. */
  section?: string;
  category: string;
  sites: string[];
  updated?: string;
  excerpt: ExcerptPart[];
  filters: Record<string, string[]>;
  score: number;
}

export interface SearchOutcome {
  query: string;
  plan: QueryPlan;
  /** The best `limit` hits, loaded and ranked. */
  hits: SearchHit[];
  /** How many scripts the search found (every merged candidate, not only the loaded hits). */
  total: number;
  /** Page IDs of every merged candidate (Pagefind result IDs). */
  ids: string[];
  /** True when the site named in the query found nothing and the search ran without it. */
  siteDropped: boolean;
}

export interface SearchOptions {
  lexicon: Lexicon;
  filters?: SearchFilters;
  /** How many hits to load and return (default 10). */
  limit?: number;
}

/** Anchors Pagefind takes from heading ids → the branch key / step id the page uses. */
export const targetKey = (anchorId: string) => anchorId.replace(/-(label|title)$/, '');

const ENRICHMENT_ANCHOR = 'search-terms';

/** Splits a Pagefind excerpt (text with <mark> tags, HTML-escaped) into plain text parts; never returns HTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) =>
    text.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|#x27|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", amp: '&' })[name] ?? '');
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    if (!piece) return;
    const mark = piece.startsWith('<mark>');
    const text = decode(mark ? piece.slice(6, -7) : piece);
    if (text) parts.push({ text, mark });
  });
  return parts;
}

const toPagefindFilters = (filters: SearchFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length).map(([name, values]) => [name, values.length === 1 ? values[0] : { any: values }]));

interface Candidate {
  result: PagefindResult;
  score: number;
  /** The variant whose data (excerpts, sub-results) describes the match best. */
  variantWeight: number;
  words: Set<string>;
}

/** Runs one search; a null response (superseded) or an error counts as no results. */
async function run(pagefind: PagefindApi, text: string, filters: Record<string, unknown>): Promise<PagefindResult[]> {
  const response = await pagefind.search(text, { filters });
  return response?.results ?? [];
}

/** Picks the sub-result where the match is: most matched words, a step/branch over the page top. */
function bestSection(data: PagefindData): PagefindSubResult | undefined {
  const shown = data.sub_results.filter((sub) => sub.anchor?.id !== ENRICHMENT_ANCHOR);
  let best: PagefindSubResult | undefined;
  for (const sub of shown) {
    const count = sub.locations?.length ?? 0;
    if (!count) continue;
    const bestCount = best?.locations?.length ?? 0;
    if (!best || count > bestCount || (count === bestCount && !best.anchor && sub.anchor)) best = sub;
  }
  return best;
}

function toHit(candidate: Candidate, data: PagefindData): SearchHit {
  const section = bestSection(data);
  const anchor = section?.anchor?.id;
  const target = anchor && section?.anchor?.element !== 'h1' ? `${data.url.split('#')[0]}#${targetKey(anchor)}` : data.url;
  return {
    id: data.meta.id ?? data.url,
    title: data.meta.title ?? '',
    url: data.url,
    target,
    section: anchor ? section?.title : undefined,
    category: data.meta.category ?? '',
    sites: (data.meta.sites ?? '').split(', ').filter(Boolean),
    updated: data.meta.updated,
    excerpt: excerptParts(section?.excerpt ?? data.sub_results.find((sub) => !sub.anchor)?.excerpt ?? ''),
    filters: data.filters ?? {},
    score: candidate.score,
  };
}


/** Splits a result's text into what the page shows and its hidden search terms (after their heading). */
export function resultText(data: PagefindData): ResultText {
  const words = data.content.split(/\s+/);
  const enrichment = data.sub_results.find((sub) => sub.anchor?.id === ENRICHMENT_ANCHOR)?.anchor;
  const cut = enrichment ? enrichment.location : words.length;
  const headingWords = enrichment?.text?.split(/\s+/).length ?? 0;
  return {
    title: data.meta.title ?? '',
    headings: data.sub_results.filter((sub) => sub.anchor && sub.anchor.id !== ENRICHMENT_ANCHOR).map((sub) => sub.title),
    content: words.slice(0, cut).join(' '),
    terms: words.slice(cut + headingWords),
  };
}

/** Every variant of the plan through Pagefind with `filters` (Pagefind's form), merged into candidates by page ID. */
async function gather(pagefind: PagefindApi, plan: QueryPlan, filters: Record<string, unknown>): Promise<Map<string, Candidate>> {
  const candidates = new Map<string, Candidate>();
  const note = (result: PagefindResult, score: number, weight: number, word?: string) => {
    const current = candidates.get(result.id);
    if (!current) candidates.set(result.id, { result, score, variantWeight: weight, words: new Set(word ? [word] : []) });
    else {
      if (score > current.score) Object.assign(current, { score, result, variantWeight: weight });
      if (word) current.words.add(word);
    }
  };
  if (!plan.variants.length) {
    // Only a site was typed: every script at that site.
    (await run(pagefind, null as unknown as string, filters)).forEach((result) => note(result, 0.5, 0.5));
    return candidates;
  }
  const variantResults = await Promise.all(plan.variants.map((variant) => run(pagefind, variant.text, filters)));
  plan.variants.forEach((variant, index) => {
    const results = variantResults[index]!;
    const top = results[0]?.score || 1;
    results.forEach((result, rank) => note(result, variant.weight * (0.6 + 0.4 * (result.score / top)) - rank * 0.001, variant.weight));
  });
  // Fallback and coverage: each content word alone; a script matching more of them ranks higher.
  if (plan.words.length > 1) {
    const wordResults = await Promise.all(plan.words.map((word) => run(pagefind, word, filters)));
    plan.words.forEach((word, index) => {
      const results = wordResults[index]!;
      const top = results[0]?.score || 1;
      results.forEach((result) => note(result, 0.3 * (result.score / top), 0.3, word));
    });
    for (const candidate of candidates.values()) candidate.score += 0.45 * (candidate.words.size / plan.words.length);
  }
  return candidates;
}

/**
 * The merged candidates for the chosen filters, with the sites named in the query added to the site
 * filter; when those sites find nothing, the search runs again without them (siteDropped).
 * src/search/facets.ts (listIds) mirrors this rule for the chip counts: keep the two in step.
 */
async function collect(pagefind: PagefindApi, plan: QueryPlan, chosen: SearchFilters): Promise<{ candidates: Map<string, Candidate>; siteDropped: boolean }> {
  const withSites = (sites: string[]) => toPagefindFilters(sites.length ? { ...chosen, site: [...new Set([...(chosen.site ?? []), ...sites])] } : chosen);
  const candidates = await gather(pagefind, plan, withSites(plan.sites));
  if (!candidates.size && plan.sites.length && plan.variants.length) return { candidates: await gather(pagefind, plan, withSites([])), siteDropped: true };
  return { candidates, siteDropped: false };
}

/** IDs of every result of the plan's search words with no filter at all (chosen or named); IDs only, no data(). */
export async function unfilteredIds(pagefind: PagefindApi, plan: QueryPlan): Promise<Set<string>> {
  return new Set((await gather(pagefind, plan, {})).keys());
}

/** Search as an agent types: every variant of the plan, merged, ranked, and shaped for display. */
export async function searchKorean(pagefind: PagefindApi, query: string, options: SearchOptions): Promise<SearchOutcome> {
  const plan = planQuery(query, options.lexicon);
  const limit = options.limit ?? 10;
  const empty: SearchOutcome = { query, plan, hits: [], total: 0, ids: [], siteDropped: false };
  if (!plan.variants.length && !plan.sites.length) return empty;
  const { candidates, siteDropped } = await collect(pagefind, plan, options.filters ?? {});

  // Load the best candidates and order them by what their text shows (src/korean/relevance.ts);
  // Pagefind's own score only breaks ties, since it cannot see compounds, synonyms or 초성.
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score).slice(0, limit + 5);
  const loaded = await Promise.all(
    ranked.map(async (candidate) => {
      const data = await candidate.result.data();
      const hit = toHit(candidate, data);
      hit.score = 0.35 * candidate.score + relevance(plan, resultText(data));
      return hit;
    }),
  );
  const hits = loaded.sort((a, b) => b.score - a.score).slice(0, limit);
  return { query, plan, hits, total: candidates.size, ids: [...candidates.keys()], siteDropped };
}
