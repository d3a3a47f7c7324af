/**
 * Astro content loader for `faq/**.mdx`.
 *
 * Why not the built-in glob loader: scripts live in frontmatter and most bodies are empty, so a
 * file only goes through the MDX pipeline (one Vite module each, the dominant build cost at
 * 10,000 files) when its body has notes to render. It also reports every content problem of every
 * file at once (src/collections/check-content, the same checks as `kb check`), with file:line and field.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError } from './content-error';
import { displayPath } from './content-dir';
import { readFaqSources, validateFaqSources } from './check-content';
import type { FaqSchema } from './validate-faq';

export { faqPattern } from './check-content';

export interface FaqLoaderOptions {
  /** Absolute directory holding the FAQ files. */
  base: string;
  schema: FaqSchema;
}

export function faqLoader({ base, schema }: FaqLoaderOptions): Loader {
  return {
    name: 'faq-loader',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = config.root.pathname;
      const sync = async () => {
        const sources = await readFaqSources(base);
        const { entries, problems } = validateFaqSources(sources, schema);
        if (problems.length) throw new ContentError(problems);
        if (sources.length === 0) logger.warn(`no FAQ files in ${displayPath(base)}`);
        const absoluteOf = new Map(sources.map((source) => [source.file, source.absolute]));

        store.clear();
        for (const { file: shown, data, body } of entries) {
          const file = absoluteOf.get(shown)!;
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
