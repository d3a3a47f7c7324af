/** Astro integration: after `astro build`, index the built script pages with Pagefind into <outDir>/pagefind/. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws one error listing what Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes every HTML file under `siteDir` and writes the bundle to `siteDir/pagefind`; returns the page count. */
export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    const added = await index.addDirectory({ path: siteDir });
    check('indexing', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = await indexSite(siteDir);
        logger.info(`Pagefind: scanned ${pages} pages, indexed the script pages into ${path.join(siteDir, 'pagefind')}`);
      },
    },
  };
}
