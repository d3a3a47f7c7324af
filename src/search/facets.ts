/**
 * Exact filter-chip counts, pure: which result IDs the search box lists for a set of filters, derived
 * from the query's unfiltered result IDs and each filter value's page IDs. Pagefind filtering is set
 * intersection, so the merged result set of every query variant under filters F equals the unfiltered
 * merged set narrowed by F; the only exception is the core's fallback when a site named in the query
 * finds nothing, which this module reproduces.
 */

/** Selected filters: filter name → chosen values (any of them). */
export type FilterSelection = Record<string, string[]>;

/** Filter name → value → IDs of the pages that carry that value. */
export type Membership = Record<string, Map<string, ReadonlySet<string>>>;

export interface FacetContext {
  /** Result IDs of the query with no filters at all (neither chosen nor named in the query). */
  universe: ReadonlySet<string>;
  membership: Membership;
  /** Sites named in the query: the core adds them to the site filter (any of them). */
  querySites: readonly string[];
  /** The core retries without the query's sites when they find nothing (only with search words). */
  canDropSites: boolean;
}

/** The filter name the query's sites are added to. */
export const SITE_FILTER = 'site';

const pagesOf = (membership: Membership, name: string, values: readonly string[]) => values.map((value) => membership[name]?.get(value) ?? new Set<string>());

/** IDs of `ids` that match every filter group (any value within a group). */
export function narrow(ids: Iterable<string>, membership: Membership, filters: FilterSelection): string[] {
  const groups = Object.entries(filters)
    .filter(([, values]) => values.length)
    .map(([name, values]) => pagesOf(membership, name, values));
  return [...ids].filter((id) => groups.every((sets) => sets.some((set) => set.has(id))));
}

const withQuerySites = (filters: FilterSelection, sites: readonly string[]): FilterSelection =>
  sites.length ? { ...filters, [SITE_FILTER]: [...new Set([...(filters[SITE_FILTER] ?? []), ...sites])] } : filters;

/** The result IDs the search box lists for `filters`: what searchKorean's merged candidates hold. */
export function listIds(context: FacetContext, filters: FilterSelection): string[] {
  const narrowed = narrow(context.universe, context.membership, withQuerySites(filters, context.querySites));
  if (narrowed.length || !context.querySites.length || !context.canDropSites) return narrowed;
  return narrow(context.universe, context.membership, filters);
}

/** Filters with `name` set to `value` alone: what the list shows once that chip is the group's choice. */
export const choose = (filters: FilterSelection, name: string, value: string): FilterSelection => ({ ...filters, [name]: [value] });

/**
 * Count of each value of filter `name` (values with no result left out): the size of the list with that
 * value as the group's only choice, the other groups' choices kept. Equal to listIds(choose(…)).length.
 */
export function chipCounts(context: FacetContext, filters: FilterSelection, name: string): Record<string, number> {
  const values = context.membership[name];
  const counts: Record<string, number> = {};
  if (!values) return counts;
  const others = Object.fromEntries(Object.entries(filters).filter(([key]) => key !== name));
  const sites = context.querySites;
  // Fast path: narrow once by the other groups, then intersect per value.
  const base = narrow(context.universe, context.membership, others);
  const baseWithSites = sites.length && name !== SITE_FILTER ? narrow(context.universe, context.membership, withQuerySites(others, sites)) : base;
  const querySitePages = name === SITE_FILTER ? pagesOf(context.membership, SITE_FILTER, sites) : [];
  for (const [value, pages] of values) {
    const matches = (ids: readonly string[], alsoQuerySites: boolean) =>
      ids.filter((id) => pages.has(id) || (alsoQuerySites && querySitePages.some((set) => set.has(id)))).length;
    let count = name === SITE_FILTER ? matches(base, sites.length > 0) : matches(baseWithSites, false);
    if (!count && sites.length && context.canDropSites) count = matches(base, false);
    if (count) counts[value] = count;
  }
  return counts;
}
