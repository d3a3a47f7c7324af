/**
 * Every URL of the site, built and read back in one place, under Astro's `base` (the site may be
 * served from a sub-path such as /kb/). Pages, components and the catalog build links here; `parseRoute`
 * reads a page's own pathname back (the sidebar's "where am I"). Pure and browser-safe: the base is passed
 * in. Build-side code uses `url`/`routeOf` (src/site/url.ts, the configured base); browser code calls
 * `routePath` with the base its page hands it (`data-base`).
 */

import { practiceParam } from '../model/practice-url';

/** `/kb/` or `/`: always with a leading and a trailing slash. */
export const normaliseBase = (base: string | undefined) => `/${(base ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export type Route =
  | { page: 'home' }
  | { page: 'faq'; id: string }
  | { page: 'practice'; id: string }
  | { page: 'category'; slugs: readonly string[] }
  | { page: 'categories' }
  | { page: 'site'; slug: string }
  | { page: 'sites' }
  | { page: 'learn'; slugs: readonly string[] }
  | { page: 'glossary'; slug?: string }
  | { page: 'updates' }
  | { page: 'feed' }
  | { page: 'search'; query: string }
  | { page: 'lexicon' }
  | { page: 'lines'; bucket: string }
  | { page: 'asset'; file: string };

/** The path of a route below the base, without the base: `faq/<id>/`. */
function relative(route: Route): string {
  switch (route.page) {
    case 'home': return '';
    case 'faq': return `faq/${route.id}/`;
    // Practice is a mode of the script page (src/model/practice-url.ts).
    case 'practice': return `faq/${route.id}/?${practiceParam.name}=${practiceParam.value}`;
    case 'category': return `category/${route.slugs.join('/')}/`;
    case 'categories': return 'category/';
    case 'site': return `site/${route.slug}/`;
    case 'sites': return 'site/';
    case 'learn': return route.slugs.length ? `learn/${route.slugs.join('/')}/` : 'learn/';
    case 'glossary': return route.slug ? `glossary/#${route.slug}` : 'glossary/';
    case 'updates': return 'updates/';
    case 'feed': return 'updates.xml';
    case 'search': return `?q=${encodeURIComponent(route.query)}`;
    case 'lexicon': return 'search/lexicon.json';
    case 'lines': return `lines/${route.bucket}.json`;
    case 'asset': return route.file.replace(/^\/+/, '');
  }
}

/** The URL path of a route under a base. */
export const routePath = (route: Route, base: string) => `${normaliseBase(base)}${relative(route)}`;

/** Reads a page's pathname back into the route it shows (undefined for anything else). */
export function parseRoute(pathname: string, base: string): Route | undefined {
  const prefix = normaliseBase(base);
  if (!pathname.startsWith(prefix)) return undefined;
  const parts = pathname.slice(prefix.length).split('/');
  if (parts.at(-1) !== '') return undefined; // pages end in "/"
  const [first, ...rest] = parts.slice(0, -1);
  if (first === undefined) return { page: 'home' };
  if (first === 'faq' && rest.length === 1) return { page: 'faq', id: rest[0]! };
  if (first === 'category') return rest.length ? { page: 'category', slugs: rest } : { page: 'categories' };
  if (first === 'site') return rest.length === 1 ? { page: 'site', slug: rest[0]! } : rest.length ? undefined : { page: 'sites' };
  if (first === 'learn') return { page: 'learn', slugs: rest };
  if (first === 'glossary' && !rest.length) return { page: 'glossary' };
  if (first === 'updates' && !rest.length) return { page: 'updates' };
  return undefined;
}
