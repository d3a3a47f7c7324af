/**
 * The search step of `npm run build` (scripts/build.mjs), after `astro build` has exited: indexes the
 * built script pages with Pagefind's Node API into <site>/pagefind, then builds the vocabulary and
 * script table (vocabulary.ts) from the fragments Pagefind wrote and writes them into <site>/search.
 * Not an Astro hook: Astro's own memory is freed before Pagefind holds the corpus.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { readFragments } from './fragments';
import { buildSearchData } from './vocabulary';
import { writeSearchData } from './write';

/** Throws one error listing what Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Only script pages carry `data-pagefind-body`; reading the others (category, site, list pages …)
 * would cost Pagefind time and memory for nothing, so it is not even given them.
 */
export const scriptPagesGlob = 'faq/*/index.html';

/** The bundle directory, relative to the site. */
export const bundleDir = 'pagefind';

export interface IndexedSite {
  pages: number;
  /** Distinct words of the vocabulary and common prefixes with bitsets. */
  words: number;
  common: number;
}

/** Indexes the script pages under `siteDir` and writes Pagefind's bundle and our search data. */
export async function indexSite(siteDir: string, glob = scriptPagesGlob): Promise<IndexedSite> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let pages: number;
  try {
    const added = await index.addDirectory({ path: siteDir, glob });
    check('indexing', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, bundleDir) });
    check('writeFiles', written.errors);
    pages = added.page_count;
  } finally {
    await pagefind.close();
  }
  const records = readFragments(siteDir, bundleDir);
  if (records.length !== pages) throw new Error(`Pagefind indexed ${pages} pages but wrote ${records.length} fragments`);
  const data = buildSearchData(records);
  writeSearchData(siteDir, data);
  let words = 0;
  let common = 0;
  for (const shard of data.shards.values()) {
    words += shard.words.length;
    common += shard.common.length;
  }
  return { pages, words, common };
}
