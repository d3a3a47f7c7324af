/**
 * The search step of a build. `astro build` feeds each script page to Pagefind while it renders
 * (integration.ts, src/middleware.ts); `indexSite` does the same for a site already on disk. Either
 * way `writeVocabulary` then builds the vocabulary and script table (vocabulary.ts) from the fragments
 * Pagefind wrote and writes them into <site>/search.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { readFragments } from './fragments';
import { PagefindParts, pagesPerIndex } from './pagefind-parts';
import { koreanDictionary } from './known-words';
import { buildSearchData } from './vocabulary';
import { writeSearchData } from './write';

/** Only script pages carry `data-pagefind-body`; the other pages are not given to Pagefind at all. */
export const scriptPagesGlob = 'faq/*/index.html';

export interface IndexedSite {
  pages: number;
  /** Pagefind indexes written (1 up to `pagesPerIndex` pages). */
  parts: number;
  /** Distinct words of the vocabulary and common prefixes with bitsets. */
  words: number;
  common: number;
}

/** Builds and writes the search data from the fragments of the Pagefind parts in `dirs`. */
export function writeVocabulary(siteDir: string, dirs: readonly string[], pages: number): IndexedSite {
  const records = dirs.flatMap((dir) => readFragments(siteDir, dir));
  if (records.length !== pages) throw new Error(`Pagefind indexed ${pages} pages but wrote ${records.length} fragments`);
  const data = buildSearchData(records, koreanDictionary());
  writeSearchData(siteDir, data);
  let words = 0;
  let common = 0;
  for (const shard of data.shards.values()) {
    words += shard.words.length;
    common += shard.common.length;
  }
  return { pages, parts: dirs.length, words, common };
}

/** Indexes the script pages of a built site on disk and writes Pagefind's bundles and our search data. */
export async function indexSite(siteDir: string, glob = scriptPagesGlob, perIndex = pagesPerIndex): Promise<IndexedSite> {
  const parts = new PagefindParts(siteDir, perIndex);
  try {
    for (const file of globSync(glob, { cwd: siteDir }).sort()) {
      await parts.add(`/${path.dirname(file).split(path.sep).join('/')}/`, readFileSync(path.join(siteDir, file), 'utf8'));
    }
  } catch (error) {
    await parts.abort();
    throw error;
  }
  const { pages, dirs } = await parts.finish();
  return writeVocabulary(siteDir, dirs, pages);
}
