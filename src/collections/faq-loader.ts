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

/**
 * Whether a note body needs the MDX pipeline: a component (`<Route …/>`), an expression or comment
 * (`{…}`), any other tag, or an indented block (code in Markdown, a paragraph in MDX) or a leading `---` (frontmatter to the Markdown renderer). Anything else is
 * plain Markdown + GFM (lists, tables, `**강조**`), which Astro's Markdown renderer (the same remark
 * plugins) turns into the same HTML without a Vite module per file.
 */
export const needsMdx = (body: string) => /[<{]/.test(body) || /^(?: {4}|\t)\S/m.test(body) || /^\s*---/.test(body);

export function faqLoader({ base, schema }: FaqLoaderOptions): Loader {
  return {
    name: 'faq-loader',
    load: async ({ store, generateDigest, renderMarkdown, config, watcher, logger }) => {
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
          const mdx = hasNotes && needsMdx(body);
          // `data` is already the collection schema's output (validateFaqSources ran the same schema);
          // Astro's parseData would run it a second time for every file.
          store.set({
            id: data.id,
            data,
            body: hasNotes ? body : undefined,
            filePath: path.relative(root, file),
            digest: generateDigest(JSON.stringify(data) + body),
            // Plain Markdown notes are rendered here; only MDX notes become a module (deferred render).
            rendered: hasNotes && !mdx ? await renderMarkdown(body) : undefined,
            deferredRender: mdx,
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
