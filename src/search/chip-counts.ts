/**
 * Exact filter-chip counts for a search outcome, in the browser: loads which pages carry each filter
 * value (Pagefind filter-only searches, IDs only, once per page and filter) and the query's unfiltered
 * result IDs, then counts with the pure rules of facets.ts. Runs after the hits are shown.
 */
import type { PagefindApi, SearchFilters, SearchOutcome } from './client';
import { unfilteredIds } from './client';
import { chipCounts, SITE_FILTER, type FacetContext, type Membership } from './facets';

/** Value → page IDs for one filter, loaded once per Pagefind instance and filter name. */
const loaded = new WeakMap<PagefindApi, Map<string, Promise<Map<string, ReadonlySet<string>>>>>();

/** A value no page carries: searching for it loads only that filter's chunk and lists its values. */
const NO_VALUE = '\u0000';

async function loadFilter(pagefind: PagefindApi, name: string): Promise<Map<string, ReadonlySet<string>>> {
  // pagefind.filters() would load every filter's chunk (category1, category2, …); this loads one.
  const probe = await pagefind.search(null, { filters: { [name]: NO_VALUE } });
  const values = Object.keys(probe?.totalFilters?.[name] ?? (await pagefind.filters?.())?.[name] ?? {});
  const entries = await Promise.all(
    values.map(async (value) => {
      const response = await pagefind.search(null, { filters: { [name]: value } });
      return [value, new Set((response?.results ?? []).map((result) => result.id))] as const;
    }),
  );
  return new Map(entries);
}

/** Pages per value of each named filter (cached; a failed load is retried next time). */
export async function loadMembership(pagefind: PagefindApi, names: readonly string[]): Promise<Membership> {
  let cache = loaded.get(pagefind);
  if (!cache) loaded.set(pagefind, (cache = new Map()));
  const membership: Membership = {};
  await Promise.all(
    [...new Set(names)].map(async (name) => {
      let pending = cache.get(name);
      if (!pending) {
        pending = loadFilter(pagefind, name);
        cache.set(name, pending);
        pending.catch(() => cache.delete(name));
      }
      membership[name] = await pending;
    }),
  );
  return membership;
}

const chosenNames = (filters: SearchFilters) => Object.keys(filters).filter((name) => filters[name]?.length);

/**
 * Count of each value of each filter in `names` for `outcome` (its query, searched with `filters`):
 * the number of scripts the list shows with that value as its group's only choice.
 */
export async function exactChipCounts(pagefind: PagefindApi, outcome: SearchOutcome, filters: SearchFilters, names: readonly string[]): Promise<Record<string, Record<string, number>>> {
  const { plan } = outcome;
  if (!plan.variants.length && !plan.sites.length) return {};
  const siteNamed = plan.sites.length > 0;
  const membership = await loadMembership(pagefind, [...names, ...chosenNames(filters), ...(siteNamed ? [SITE_FILTER] : [])]);
  // The outcome's own IDs are the unfiltered set when nothing narrowed it; otherwise search again, IDs only.
  let universe: ReadonlySet<string>;
  if (!plan.variants.length) universe = new Set([...membership[SITE_FILTER]!.values()].flatMap((ids) => [...ids]));
  else if (!siteNamed && !chosenNames(filters).length) universe = new Set(outcome.ids);
  else universe = await unfilteredIds(pagefind, plan);
  const context: FacetContext = { universe, membership, querySites: plan.sites, canDropSites: plan.variants.length > 0 };
  return Object.fromEntries(names.map((name) => [name, chipCounts(context, filters, name)]));
}
