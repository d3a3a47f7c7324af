/**
 * The search index step of `npm run build` (scripts/build.mjs): indexes the built script pages with
 * Pagefind's Node API into <site>/pagefind. It runs after `astro build` has exited, not in an Astro
 * hook: Pagefind holds ≈270 kB per indexed page (2.7 GB at 10,000 scripts) and Astro's process still
 * holds its own ≈1 GB in a build:done hook, so run together the two would exceed the 3 GB build budget.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Throws one error listing what Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Only script pages carry `data-pagefind-body`; reading the others (category, site, practice pages …)
 * would cost Pagefind time and memory for nothing, so it is not even given them.
 */
export const scriptPagesGlob = 'faq/*/index.html';

/** Indexes the script pages under `siteDir` and writes the bundle to `siteDir/pagefind`; returns the page count. */
export async function indexSite(siteDir: string, glob = scriptPagesGlob): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    const added = await index.addDirectory({ path: siteDir, glob });
    check('indexing', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
