/**
 * How much the sidebar shows on every page (pure, no Astro). A small knowledge base shows its whole
 * tree and every site; a large one (hundreds of categories, dozens of sites, thousands of scripts) shows
 * the path to where the reader is, with the siblings along it, so every page stays a few kB and the
 * build grows linearly. The whole tree is one click away at /category/, every site at /site/.
 */
import { settings } from '../config/settings';

/** How much the sidebar lists (kb.config.ts `limits.sidebar`): wholeTree, allSites, scripts. */
export const sidebarLimits = settings().limits.sidebar;

/**
 * Whether the sidebar lists a category's children: always in a small tree; in a large one only for the
 * reader's category and its ancestors (`here`: the category the page shows or the script is filed in).
 */
export function opensChildren(names: readonly string[], here: readonly string[] | undefined, categoryCount: number): boolean {
  if (categoryCount <= sidebarLimits.wholeTree) return true;
  return here !== undefined && names.length <= here.length && names.every((name, level) => here[level] === name);
}

/** A window of `size` items around `index` (as centred as the ends allow), with how many it leaves out. */
export function windowAround<T>(items: readonly T[], index: number, size: number): { shown: T[]; before: number; after: number } {
  if (items.length <= size) return { shown: [...items], before: 0, after: 0 };
  const start = Math.min(Math.max(0, index - Math.floor(size / 2)), items.length - size);
  return { shown: items.slice(start, start + size), before: start, after: items.length - start - size };
}

/** The sites the sidebar lists: all of a short list; else only the page's own (a script's sites, a site page's site). */
export function sidebarSites<S extends { name: string }>(sites: readonly S[], own: { names?: readonly string[]; isPage: (site: S) => boolean }): S[] {
  if (sites.length <= sidebarLimits.allSites) return [...sites];
  const names = new Set(own.names ?? []);
  return sites.filter((site) => names.has(site.name) || own.isPage(site));
}
