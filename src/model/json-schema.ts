/**
 * The editors' JSON Schemas, generated from the zod schemas (zod 4's toJSONSchema), never written
 * by hand: FAQ frontmatter (with the vocabulary's sites as an enum, so they complete) and the
 * vocabulary files, the glossary and the thesaurus.
 */
import { z } from 'astro/zod';
import { createFaqSchema, type Vocabulary } from './faq';
import { callMemoSchema } from './call-memo';
import { glossarySchema } from './glossary';
import { slotRegistrySchema } from './slot';
import { thesaurusOverrideSchema } from './thesaurus';
import { categoryTreeSchema, siteListSchema } from './vocabulary';

const toJson = (schema: z.ZodType, title: string) => ({
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
  title,
});

export function jsonSchemas(vocabulary: Vocabulary) {
  return {
    faq: toJson(createFaqSchema(vocabulary), 'FAQ frontmatter (content/faq/*.mdx)'),
    categories: toJson(categoryTreeSchema, 'Category tree (vocabulary/categories.yaml)'),
    sites: toJson(siteListSchema, 'Sites (vocabulary/sites.yaml)'),
    slots: toJson(slotRegistrySchema, 'Slots (vocabulary/slots.yaml)'),
    glossary: toJson(glossarySchema, 'Glossary (glossary.yaml)'),
    'call-memo': toJson(callMemoSchema, 'After-call memo format (call-memo.yaml)'),
    thesaurus: toJson(thesaurusOverrideSchema, 'Customer-speech thesaurus (thesaurus.yaml; the default is src/data/thesaurus.yaml)'),
  };
}
