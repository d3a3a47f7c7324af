// Builds the naive floor site (see astro.config.mjs) into KB_OUT_DIR and indexes it with plain
// Pagefind (its defaults, every page), as one process tree the benchmark measures like `npm run build`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const root = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.env.KB_OUT_DIR || path.join(root, 'dist'));
const astro = path.resolve(root, '../../node_modules/astro/bin/astro.mjs');

// Every run starts cold, as on a fresh clone: Astro's caches of an earlier run name the content files of
// that run (a temporary directory that no longer exists) and would break or flatter this build.
for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(path.join(root, cache), { recursive: true, force: true });

const build = spawnSync(process.execPath, [astro, 'build', '--root', root], { stdio: 'inherit', env: { ...process.env, KB_OUT_DIR: outDir } });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('[naive] indexing with Pagefind');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: outDir });
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
await pagefind.close();
const problems = [...added.errors, ...written.errors];
if (problems.length) throw new Error(problems.join('\n'));
console.log(`[naive] indexed ${added.page_count} pages`);
