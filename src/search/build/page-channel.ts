/**
 * How the pages Astro renders reach the search index: the integration (integration.ts) puts the
 * build's page indexer here when `astro build` starts, and the middleware (src/middleware.ts, bundled
 * into Astro's prerender code, so a different module instance) finds it through a global slot. Outside
 * a build (the dev server) the slot is empty and the middleware passes pages through.
 */
export interface PageIndexer {
  /** `url` relative to the site root (`/faq/<id>/`, without Astro's base); `html` the whole page. */
  add(url: string, html: string): Promise<void>;
}

const slot = Symbol.for('kb.search.pageIndexer');
type WithSlot = typeof globalThis & { [slot]?: PageIndexer };

export const setPageIndexer = (indexer: PageIndexer | undefined) => {
  (globalThis as WithSlot)[slot] = indexer;
};

export const pageIndexer = (): PageIndexer | undefined => (globalThis as WithSlot)[slot];
