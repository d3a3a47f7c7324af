/**
 * A hit as the box shows it: from the script's card (id, page, title — in memory from idle, the first
 * look) and, once its text is loaded, from its Pagefind fragment (the step or branch where the match is
 * and the excerpt).
 */
import { sitesOf, type ScriptCards } from './data/format';
import type { SearchData } from './data/load';
import { locate, type ExcerptPart } from './excerpt';
import type { Fragment } from './fragment';
import type { Term } from './terms';

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
  /** Empty in a first look (the text is not loaded yet). */
  excerpt: ExcerptPart[];
  score: number;
}

/** Anchors Pagefind takes from heading ids → the branch key / step id the page uses. */
export const targetKey = (anchorId: string) => anchorId.replace(/-(label|title)$/, '');

/** Pagefind records a page's path from the site root; the site may live under a sub-path. */
const pageUrl = (data: SearchData, path: string) => `${data.base}${path.split('#')[0]!.replace(/^\//, '')}`;

const placeOf = (data: SearchData, script: number) => ({
  category: data.table.categories[data.table.category[script] ?? -1] ?? '',
  sites: sitesOf(data.table, script),
});

/** A hit from the script's card alone: its page, title, category and sites. */
export function cardHit(script: number, cards: ScriptCards, data: SearchData, score: number): SearchHit {
  const url = pageUrl(data, cards.pages[script] ?? '');
  return { id: cards.ids[script] ?? url, title: cards.titles[script] ?? '', url, target: url, ...placeOf(data, script), excerpt: [], score };
}

/** A hit from the script's loaded text: also the step or branch where the terms are, and the excerpt. */
export function fragmentHit(script: number, fragment: Fragment, terms: readonly Term[], data: SearchData, score: number): SearchHit {
  const { section, excerpt } = locate(fragment, terms);
  const anchor = section?.anchor;
  const url = pageUrl(data, fragment.url);
  return {
    id: fragment.meta.id ?? url,
    title: fragment.meta.title ?? '',
    url,
    target: anchor ? `${url}#${targetKey(anchor.id)}` : url,
    section: anchor ? section.title : undefined,
    ...placeOf(data, script),
    updated: fragment.meta.updated,
    excerpt,
    score,
  };
}
