/**
 * The browser's view of the search data (format.ts): loads the manifest and the script table once,
 * vocabulary shards, bitsets and the script cards on demand, and fragments per script, each cached for the page's
 * life (every file but the manifest is immutable under its name).
 */
import { fetchFragment, type Fragment } from '../fragment';
import { fragmentHashes, shardKey, splitBitsets, type PrefixBitsets, type ScriptCards, type ScriptTable, type SearchManifest, type VocabularyShard } from './format';

export interface SearchData {
  /** The site's base path (`/`, or a sub-path such as `/kb/`): page URLs in results are under it. */
  base: string;
  manifest: SearchManifest;
  table: ScriptTable;
  /** Script number of each Pagefind fragment hash (a Pagefind result's id). */
  scriptOf: Map<string, number>;
  /** The shard holding `text`'s first character (empty when the vocabulary has none). */
  shard(text: string): Promise<VocabularyShard>;
  /** A loaded shard, or undefined when it has not been loaded yet. */
  loadedShard(text: string): VocabularyShard | undefined;
  /** The keys of every vocabulary shard (the manifest's), for the idle warm-up. */
  shardKeys: readonly string[];
  /** The shard of a key of `shardKeys`. */
  shardByKey(key: string): Promise<VocabularyShard>;
  bitsets(file: string): Promise<PrefixBitsets>;
  fragment(script: number): Promise<Fragment>;
  /** True once a script's fragment has been loaded (its text is in memory). */
  hasFragment(script: number): boolean;
  /** Every script's id, page and title (loaded at idle, for the first look). */
  cards(): Promise<ScriptCards>;
  /** The cards, or undefined when they have not been loaded yet. */
  loadedCards(): ScriptCards | undefined;
}

const emptyShard: VocabularyShard = { words: [], common: [], aliases: [] };

/**
 * Every file but the manifest is immutable under its name: the HTTP cache answers without asking the
 * server, online or offline (the service worker leaves these requests to the browser).
 */
const immutable: RequestInit = { cache: 'force-cache' };

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Remembers a promise per key; a failed load is forgotten so the next use retries. */
function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let pending = cache.get(key);
    if (!pending) {
      cache.set(key, (pending = load(key)));
      pending.catch(() => cache.delete(key));
    }
    return pending;
  };
}

/** Loads the manifest and the script table from the site at `base` (`/`, or a sub-path such as `/kb/`). */
export async function loadSearchData(base = '/'): Promise<SearchData> {
  const manifest = await json<SearchManifest>(`${base}search/manifest.json`);
  const dir = `${base}${manifest.dir}`;
  const table = await json<ScriptTable>(`${dir}${manifest.table}`, immutable);
  const hashes = fragmentHashes(table);
  const scriptOf = new Map(hashes.map((hash, script) => [hash, script]));
  const shards = new Map<string, VocabularyShard>();
  const loadShard = cached(async (key) => {
    const file = manifest.shards[key];
    const shard = file ? await json<VocabularyShard>(`${dir}${file}`, immutable) : emptyShard;
    shards.set(key, shard);
    return shard;
  });
  const bitsets = cached(async (file) => {
    const response = await fetch(`${dir}${file}`, immutable);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return splitBitsets(await response.arrayBuffer(), manifest.scripts);
  });
  const fragmentsLoaded = new Set<number>();
  const fragments = cached(async (script) => {
    const number = Number(script);
    const bundle = table.bundles[table.bundle[number] ?? 0] ?? 'pagefind';
    const fragment = await fetchFragment(`${base}${bundle}/fragment/${hashes[number]}.pf_fragment`, immutable);
    fragmentsLoaded.add(number);
    return fragment;
  });
  let cards: ScriptCards | undefined;
  const loadCards = cached(async () => (cards = await json<ScriptCards>(`${dir}${manifest.cards}`, immutable)));
  return {
    base,
    manifest,
    table,
    scriptOf,
    shard: (text) => loadShard(shardKey(text)),
    loadedShard: (text) => shards.get(shardKey(text)),
    shardKeys: Object.keys(manifest.shards),
    shardByKey: loadShard,
    bitsets,
    fragment: (script) => fragments(String(script)),
    hasFragment: (script) => fragmentsLoaded.has(script),
    cards: () => loadCards(''),
    loadedCards: () => cards,
  };
}
