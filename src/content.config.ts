/** Wires the content model (src/model) to the content directory (KB_CONTENT_DIR or ./content). */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { faqLoader } from './collections/faq-loader';
import { loadVocabulary } from './collections/vocabulary';
import { settings } from './config/settings';
import { createFaqSchema } from './model/faq';

const dir = settings().contentDir;
const faqSchema = createFaqSchema(loadVocabulary(dir));

export const collections = {
  faq: defineCollection({
    loader: faqLoader({ base: path.join(dir, 'faq'), schema: faqSchema }),
    schema: faqSchema,
  }),
};
