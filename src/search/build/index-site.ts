/**
 * The search step of `npm run build` (scripts/build.mjs), after `astro build` has exited: indexes the
 * built script pages with Pagefind's Node API, then builds the vocabulary and script table
 * (vocabulary.ts) from the fragments Pagefind wrote and writes them into <site>/search.
 *
 * Memory is bounded by design: Pagefind holds every page of an index until it writes it, so above
 * `pagesPerIndex` pages the site is indexed in parts, one Pagefind index each (written, then deleted
 * before the next part is read): the first into <site>/pagefind, the others into
 * <site>/pagefind/parts/<n>/. The browser merges them (Pagefind's mergeIndex) and only asks them for
 * rare words; the script table records which part holds each script's fragment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { globSync } from 'tinyglobby';
import { readFragments } from './fragments';
import { buildSearchData, type PageRecord } from './vocabulary';
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

/** The primary bundle directory, relative to the site. */
export const bundleDir = 'pagefind';

/** Pages per Pagefind index: ≈ 0.4 GB of Pagefind memory for this site's script pages. */
export const pagesPerIndex = 2500;

/** Bundle directory of part `index` (0-based), relative to the site. */
export const partDir = (index: number) => (index === 0 ? bundleDir : `${bundleDir}/parts/${index + 1}`);

export interface IndexedSite {
  pages: number;
  /** Pagefind indexes written (1 up to `pagesPerIndex` pages). */
  parts: number;
  /** Distinct words of the vocabulary and common prefixes with bitsets. */
  words: number;
  common: number;
}

async function indexPart(siteDir: string, files: readonly string[], outputDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    for (const file of files) {
      const url = `/${path.dirname(file).split(path.sep).join('/')}/`;
      const added = await index.addHTMLFile({ url, content: readFileSync(path.join(siteDir, file), 'utf8') });
      check(`indexing ${file}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, outputDir) });
    check('writeFiles', written.errors);
    return files.length;
  } finally {
    await index.deleteIndex();
  }
}

/** Indexes the script pages under `siteDir` and writes Pagefind's bundles and our search data. */
export async function indexSite(siteDir: string, glob = scriptPagesGlob, perIndex = pagesPerIndex): Promise<IndexedSite> {
  const files = globSync(glob, { cwd: siteDir }).sort();
  const parts = Math.max(1, Math.ceil(files.length / perIndex));
  const records: PageRecord[] = [];
  let pages = 0;
  try {
    for (let part = 0; part < parts; part++) {
      const dir = partDir(part);
      pages += await indexPart(siteDir, files.slice(part * perIndex, (part + 1) * perIndex), dir);
      records.push(...readFragments(siteDir, dir));
    }
  } finally {
    await pagefind.close();
  }
  if (records.length !== pages) throw new Error(`Pagefind indexed ${pages} pages but wrote ${records.length} fragments`);
  const data = buildSearchData(records);
  writeSearchData(siteDir, data);
  let words = 0;
  let common = 0;
  for (const shard of data.shards.values()) {
    words += shard.words.length;
    common += shard.common.length;
  }
  return { pages, parts, words, common };
}
