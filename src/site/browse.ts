/** Browse view of the catalog: the category tree with counts, and where a URL sits in it. */
import { categoryKey, type CategoryEntry } from '../model/vocabulary';
import { categoryUrl, type Catalog, type FaqEntry } from './catalog';
import { routeOf, url } from './url';

export interface CategoryTreeNode {
  entry: CategoryEntry;
  /** `categoryKey(entry.names)`, computed once (every page compares it). */
  key: string;
  url: string;
  /** Scripts in the subtree (the category and every level below). */
  count: number;
  /** Scripts filed directly at this level, in catalog order. */
  faqs: FaqEntry[];
  children: CategoryTreeNode[];
}

export interface BrowseView {
  tree: CategoryTreeNode[];
  faqById: ReadonlyMap<string, FaqEntry>;
  /** Scripts filed directly in a category (its key), in catalog order. */
  faqsIn(names: readonly string[]): FaqEntry[];
  /** The categories that hold scripts directly, in the tree's order, with those scripts. */
  filed: Array<{ entry: CategoryEntry; faqs: FaqEntry[] }>;
  /** Number of scripts that apply at each site (by name). */
  siteCounts: ReadonlyMap<string, number>;
  /** Category entries by their page URL. */
  categoryByUrl: ReadonlyMap<string, CategoryEntry>;
}

// Every page renders the tree: compute it once per build, not once per page.
const views = new WeakMap<Catalog, BrowseView>();

export function browseView(catalog: Catalog): BrowseView {
  const cached = views.get(catalog);
  if (cached) return cached;
  const direct = new Map<string, FaqEntry[]>();
  for (const faq of catalog.faqs) {
    const key = categoryKey(faq.data.category);
    direct.set(key, [...(direct.get(key) ?? []), faq]);
  }
  const build = (entry: CategoryEntry): CategoryTreeNode => {
    const children = (entry.node.children ?? []).flatMap((child) => {
      const childEntry = catalog.categoryByKey.get(categoryKey([...entry.names, child.name]));
      return childEntry ? [build(childEntry)] : [];
    });
    const faqs = direct.get(categoryKey(entry.names)) ?? [];
    return { entry, key: categoryKey(entry.names), url: categoryUrl(entry), faqs, children, count: faqs.length + children.reduce((sum, child) => sum + child.count, 0) };
  };
  const view: BrowseView = {
    tree: catalog.categories.filter((entry) => entry.names.length === 1).map(build),
    faqById: new Map(catalog.faqs.map((faq) => [faq.data.id, faq])),
    faqsIn: (names) => direct.get(categoryKey(names)) ?? [],
    filed: catalog.categories.flatMap((entry) => {
      const faqs = direct.get(categoryKey(entry.names));
      return faqs ? [{ entry, faqs }] : [];
    }),
    siteCounts: new Map(catalog.sites.map((site) => [site.name, catalog.faqsAtSite(site).length])),
    categoryByUrl: new Map(catalog.categories.map((entry) => [categoryUrl(entry), entry])),
  };
  views.set(catalog, view);
  return view;
}

/** Where a page sits: the script it shows (if any) and the category path it belongs to. */
export interface BrowseLocation {
  pathname: string;
  faq?: FaqEntry;
  /** Names of the category the page shows or the script is filed in. */
  category?: string[];
}

export function locate(catalog: Catalog, pathname: string): BrowseLocation {
  const view = browseView(catalog);
  const route = routeOf(pathname);
  const faq = route?.page === 'faq' ? view.faqById.get(route.id) : undefined;
  if (faq) return { pathname, faq, category: faq.data.category };
  // A category's 학습 page (/learn/<slugs>/) sits in that category.
  const shown = route?.page === 'category' || (route?.page === 'learn' && route.slugs.length) ? url({ page: 'category', slugs: route.slugs }) : undefined;
  const entry = shown ? view.categoryByUrl.get(shown) : undefined;
  return entry ? { pathname, category: entry.names } : { pathname };
}

/** The scripts before and after one in its category, in catalog order (가나다 by title). */
export function neighbours(catalog: Catalog, faq: FaqEntry) {
  const list = browseView(catalog).faqsIn(faq.data.category);
  const index = list.findIndex((candidate) => candidate.data.id === faq.data.id);
  return { list, index, previous: index > 0 ? list[index - 1] : undefined, next: index >= 0 ? list[index + 1] : undefined };
}

