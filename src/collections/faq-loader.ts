/**
 * Astro content loader for `faq/**.mdx`.
 *
 * Why not the built-in glob loader: scripts live in frontmatter and most bodies are empty, so a
 * file only goes through the MDX pipeline (one Vite module each, the dominant build cost at
 * 10,000 files) when its body has notes to render. It also reports every content problem of every
 * file at once, with file:line and field, and rejects duplicate ids.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { ContentError } from './content-error';
import { displayPath } from './content-dir';
import { validateFaqFiles } from './faq-files';
import { linkProblems } from './links';
import type { FaqSchema } from './validate-faq';

export interface FaqLoaderOptions {
  /** Absolute directory holding the FAQ files. */
  base: string;
  schema: FaqSchema;
}

export const faqPattern = '**/*.mdx';

export function faqLoader({ base, schema }: FaqLoaderOptions): Loader {
  return {
    name: 'faq-loader',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = config.root.pathname;
      const sync = async () => {
        const files = (await glob(faqPattern, { cwd: base, absolute: true })).sort();
        const texts = await Promise.all(files.map(async (file) => ({ file, shown: displayPath(file), text: await readFile(file, 'utf8') })));
        const { entries, problems } = validateFaqFiles(texts, schema);
        problems.push(...linkProblems(entries));
        if (problems.length) throw new ContentError(problems);
        if (files.length === 0) logger.warn(`no FAQ files in ${displayPath(base)}`);

        store.clear();
        for (const { file, data, body } of entries) {
          const hasNotes = body.trim() !== '';
          store.set({
            id: data.id,
            data: await parseData({ id: data.id, data, filePath: file }),
            body: hasNotes ? body : undefined,
            filePath: path.relative(root, file),
            digest: generateDigest(JSON.stringify(data) + body),
            deferredRender: hasNotes,
          });
        }
      };

      await sync();
      watcher?.add(base);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(base) && changed.endsWith('.mdx')) {
          sync().catch((error: Error) => logger.error(error.message));
        }
      });
    },
  };
}
