/**
 * The search box's engine: the search data, the lexicon, the search core (src/search/client.ts with
 * suggestions and chip counting) and Pagefind's runtime, each loaded once per page — at idle after the
 * page has loaded (warmSearch) or on first use — so a first query pays no download.
 */
import type { Lexicon } from '../korean/lexicon';
import type { PagefindApi, SearchEngine } from '../search/client';
import { untilQuiet } from './box-activity';

export interface Engine extends SearchEngine {
  /** The search core, suggestions and chip counting, loaded with the data (at idle or on first use). */
  core: typeof import('../search/client') & typeof import('./search-suggest') & typeof import('../search/facets');
}

let enginePromise: Promise<Engine> | undefined;

/** Pagefind's bundle (built by `npm run build`), with the other parts of a large site merged in, loaded once per page. */
function pagefindLoader(base: string, bundles: readonly string[]): () => Promise<PagefindApi> {
  let pending: Promise<PagefindApi> | undefined;
  return () => {
    pending ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi & { mergeIndex?(path: string): Promise<void> };
      await pagefind.init?.();
      for (const bundle of bundles.filter((name) => name !== 'pagefind')) await pagefind.mergeIndex?.(`${base}${bundle}/`);
      return pagefind;
    })();
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

/** Loads the search data, the lexicon and the core once per page. */
export function loadEngine(base = '/'): Promise<Engine> {
  enginePromise ??= (async () => {
    const [{ loadSearchData }, lexicon, client, suggest, facets] = await Promise.all([
      import('../search/data/load'),
      fetch(`${base}search/lexicon.json`).then((response) => (response.ok ? (response.json() as Promise<Lexicon>) : { synonyms: [], terms: [], sites: [] })),
      import('../search/client'),
      import('./search-suggest'),
      import('../search/facets'),
    ]);
    const data = await loadSearchData(base);
    return { data, lexicon, pagefind: pagefindLoader(base, data.table.bundles), core: { ...client, ...suggest, ...facets } };
  })();
  enginePromise.catch(() => (enginePromise = undefined));
  return enginePromise;
}

/**
 * Warms the search at idle: its data, the core, the vocabulary, Pagefind's runtime and metadata, then
 * the bitsets of the common prefixes,
 * so a query on a page that has been open a moment pays no download or compile but its hits' own.
 * Each step waits while the agent is at the box (box-activity.ts): a query typed as the page loads needs only
 * its own words' shards (and Pagefind only for a rare word, which it then loads itself), and must not
 * share the network and the main thread with the rest of the vocabulary, Pagefind's runtime and the
 * metadata of every index part.
 */
export async function warmSearch(base = '/'): Promise<void> {
  const engine = await loadEngine(base);
  await engine.core.prepareSearch(engine, untilQuiet);
  await untilQuiet();
  await engine.pagefind();
  await engine.core.prefetchBitsets(engine, untilQuiet);
}
