/**
 * `node bench/pagefind-index.ts <builtDir>`: indexes a built site with Pagefind's Node API into
 * <builtDir>/pagefind, the same output the search build step (issue 4) writes. The benchmark runs it
 * only when the build did not index the site itself, so figures exist before that step lands.
 * Like that step, it indexes the script pages only (it marks them data-pagefind-body) and in Korean.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

async function indexSite(dir: string): Promise<{ pages: number }> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  fail('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  const added = await index.addDirectory({ path: dir, glob: 'faq/**/*.html' });
  fail('addDirectory', added.errors);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  fail('writeFiles', written.errors);
  return { pages: added.page_count };
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/pagefind-index.ts <builtDir>');
    process.exit(2);
  }
  try {
    const { pages } = await indexSite(path.resolve(dir));
    console.log(`[pagefind] indexed ${pages} pages`);
  } finally {
    await pagefind.close();
  }
}
