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

/** Script → its values of each filter (the membership inverted), built once per membership. */
const inverted = new WeakMap<Membership, Record<string, Map<number, string[]>>>();
function valuesByScript(membership: Membership, name: string): Map<number, string[]> {
  let byName = inverted.get(membership);
  if (!byName) inverted.set(membership, (byName = {}));
  let byScript = byName[name];
  if (!byScript) {
    byScript = byName[name] = new Map();
    for (const [value, scripts] of membership[name] ?? []) for (const script of scripts) byScript.get(script)?.push(value) ?? byScript.set(script, [value]);
  }
  return byScript;
}

/**
 * In one pass over `ids`: for every value of filter `name`, how many `narrow` keeps with `others` and
 * `name` set to that value plus `extra` (a script carrying an extra value counts for every value).
 */
function narrowedPerValue(ids: Iterable<number>, membership: Membership, others: FilterSelection, name: string, extra: readonly string[]): (value: string) => number {
  const groups = Object.entries(others)
    .filter(([other, values]) => other !== name && values.length)
    .map(([other, values]) => pagesOf(membership, other, values));
  const extraSets = pagesOf(membership, name, extra);
  const byScript = valuesByScript(membership, name);
  const counts = new Map<string, number>();
  let everyValue = 0;
  for (const id of ids) {
    if (!groups.every((sets) => sets.some((set) => set.has(id)))) continue;
    if (extraSets.some((set) => set.has(id))) everyValue++;
    else for (const value of byScript.get(id) ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return (value) => everyValue + (counts.get(value) ?? 0);
}

/**
 * Count of each value of filter `name` (values with no result left out): exactly
 * `listIds(context, choose(filters, name, value)).length`, counted in a few passes over the matches
 * instead of one listing per value (opening the filters at 10,000 scripts has hundreds of values).
 */
export function chipCounts(context: FacetContext, filters: FilterSelection, name: string): Record<string, number> {
  const { membership, querySites } = context;
  // matching(): the every-term matches under the chip, or else the any-term ones.
  const matchingPerValue = (others: FilterSelection, extra: readonly string[]) => {
    const all = narrowedPerValue(context.all, membership, others, name, extra);
    const any = narrowedPerValue(context.any, membership, others, name, extra);
    return (value: string) => all(value) || any(value);
  };
  // With the query's sites added (to the chip's own group when it is the site filter) …
  const withSites = withQuerySites(filters, querySites);
  const listed = matchingPerValue(name === SITE_FILTER ? filters : withSites, name === SITE_FILTER ? querySites : []);
  // … and without them, when they leave nothing and the query has search words.
  const dropped = querySites.length && context.canDropSites ? matchingPerValue(filters, []) : undefined;
  const counts: Record<string, number> = {};
  for (const value of membership[name]?.keys() ?? []) {
    const count = listed(value) || (dropped?.(value) ?? 0);
    if (count) counts[value] = count;
  }
  return counts;
}
