/**
 * The search index as part of `astro build`: Pagefind indexes each script page while Astro renders
 * the next ones (src/middleware.ts hands them over), so on a two-core machine the index costs little
 * wall time beyond the rendering. When the pages are done, the last Pagefind part is written and the
 * vocabulary and script table are built from the fragments (index-site.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeVocabulary } from './index-site';
import { setPageIndexer } from './page-channel';
import { PagefindParts } from './pagefind-parts';

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let parts: PagefindParts | undefined;
  return {
    name: 'kb-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Only a build indexes; the dev server never sets the slot, so its middleware passes pages through.
      'astro:build:start': () => {
        parts = new PagefindParts(outDir);
        setPageIndexer(parts);
      },
      'astro:build:done': async ({ logger }) => {
        const started = Date.now();
        logger.info('[kb-pagefind] indexing: writing the last Pagefind part and the vocabulary…');
        setPageIndexer(undefined);
        const indexed = await parts!.finish();
        const { pages, parts: count, words, common } = writeVocabulary(outDir, indexed.dirs, indexed.pages);
        logger.info(`[kb-pagefind] Pagefind: indexed ${pages} script pages in ${count} index${count > 1 ? 'es' : ''}; vocabulary of ${words} words, ${common} common prefixes; last step ${((Date.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
