/**
 * Filters and exact filter-chip counts over the script table, pure: which scripts the search box
 * lists for a set of filters, and for each chip how many it would list with that chip chosen. The
 * search core (client.ts) lists with `listIds` and the chips count with `chipCounts`, so a chip's
 * count is by construction the number of results pressing it shows.
 */
import { categoryLevels } from '../model/category-key';
import { sitesOf, type ScriptTable } from './data/format';

/** Selected filters: filter name → chosen values (any of them). */
export type FilterSelection = Record<string, string[]>;

/** Filter name → value → the scripts that carry that value. */
export type Membership = Record<string, Map<string, ReadonlySet<number>>>;

/** The filter the query's sites are added to. */
export const SITE_FILTER = 'site';

/** The filters a script table offers: category1…3 (each level of the path) and site. */
export function membershipOf(table: ScriptTable): Membership {
  const membership: Membership = {};
  const add = (name: string, value: string, script: number) => {
    const values = (membership[name] ??= new Map());
    let scripts = values.get(value) as Set<number> | undefined;
    if (!scripts) values.set(value, (scripts = new Set()));
    scripts.add(script);
  };
  const levels = table.categories.map((key) => categoryLevels(key));
  table.category.forEach((category, script) => {
    levels[category]?.forEach((value, level) => add(`category${level + 1}`, value, script));
    for (const site of sitesOf(table, script)) add(SITE_FILTER, site, script);
  });
  return membership;
}

export interface FacetContext {
  /** Scripts matching every term of the query (before filters). */
  all: Iterable<number>;
  /** Scripts matching any term: listed when none matches every term under the filters. */
  any: Iterable<number>;
  membership: Membership;
  /** Sites named in the query: added to the site filter (any of them). */
  querySites: readonly string[];
  /** When the query's sites leave nothing, the list drops them (only when the query has search words). */
  canDropSites: boolean;
}

const pagesOf = (membership: Membership, name: string, values: readonly string[]) => values.map((value) => membership[name]?.get(value) ?? new Set<number>());

/** Scripts of `ids` that match every filter group (any value within a group). */
export function narrow(ids: Iterable<number>, membership: Membership, filters: FilterSelection): number[] {
  const groups = Object.entries(filters)
    .filter(([, values]) => values.length)
    .map(([name, values]) => pagesOf(membership, name, values));
  if (!groups.length) return [...ids];
  const out: number[] = [];
  for (const id of ids) if (groups.every((sets) => sets.some((set) => set.has(id)))) out.push(id);
  return out;
}

const withQuerySites = (filters: FilterSelection, sites: readonly string[]): FilterSelection =>
  sites.length ? { ...filters, [SITE_FILTER]: [...new Set([...(filters[SITE_FILTER] ?? []), ...sites])] } : filters;

/** The every-term matches under `filters`, or else the any-term matches. */
function matching(context: FacetContext, filters: FilterSelection): number[] {
  const all = narrow(context.all, context.membership, filters);
  return all.length ? all : narrow(context.any, context.membership, filters);
}

/** The scripts the search box lists for `filters` (the query's sites added, dropped when they leave nothing). */
export function listIds(context: FacetContext, filters: FilterSelection): number[] {
  const listed = matching(context, withQuerySites(filters, context.querySites));
  if (listed.length || !context.querySites.length || !context.canDropSites) return listed;
  return matching(context, filters);
}

/** Filters with `name` set to `value` alone: what the list shows once that chip is the group's choice. */
export const choose = (filters: FilterSelection, name: string, value: string): FilterSelection => ({ ...filters, [name]: [value] });

/** Count of each value of filter `name` (values with no result left out) = listIds(choose(filters, name, value)).length. */
export function chipCounts(context: FacetContext, filters: FilterSelection, name: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of context.membership[name]?.keys() ?? []) {
    const count = listIds(context, choose(filters, name, value)).length;
    if (count) counts[value] = count;
  }
  return counts;
}
