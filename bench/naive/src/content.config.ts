/** The naive site's collection: Astro's own glob loader over the FAQ files, typed by our zod schema. */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadVocabulary } from '../../../src/collections/vocabulary';
import { createFaqSchema } from '../../../src/model/faq';
import { z } from 'astro/zod';

const dir = path.resolve(process.env.KB_CONTENT_DIR ?? '../../content');

export const collections = {
  faq: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: path.join(dir, 'faq'), generateId: ({ data }) => String(data.id) }),
    // The glob loader's YAML reads dates as Date objects; the schema expects YYYY-MM-DD text.
    schema: z.preprocess((data) => JSON.parse(JSON.stringify(data, (_, value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value))), createFaqSchema(loadVocabulary(dir))),
  }),
};
