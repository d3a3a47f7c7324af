/**
 * The FAQ: one Q&A of a help-center export, the unit of the knowledge base.
 * `createFaqSchema(vocabulary)` is the single source of truth for validation, types, pages,
 * search records and the editors' JSON Schema.
 */
import { z } from 'astro/zod';
import { blockTexts } from './script';
import { slotNamesIn, type SlotDefinition } from './slot';
import { stepSchema } from './step';
import { categoryKey, flattenCategories, slugPattern, type CategoryNode, type Site } from './vocabulary';
import { scriptBlocks } from './walk';

export interface Vocabulary {
  categories: CategoryNode[];
  sites: Site[];
  slots: SlotDefinition[];
}

const isoDate = z.iso.date({ error: 'a date written YYYY-MM-DD, e.g. 2026-11-25' });

export const changeSchema = z.strictObject({
  date: isoDate,
  /** One line saying what changed, for the 최근 업데이트 page and the feed. */
  summary: z.string().min(1),
});

export const sourceSchema = z.strictObject({
  /** Title of the export document the Q&A came from. */
  document: z.string().min(1).optional(),
  /** The export's anchor id of this Q&A, e.g. h_01JH2F39D0JCMCAKGFY8FPQBVT. */
  anchor: z.string().min(1),
  /** Position in the export, e.g. Q1. */
  question: z.string().optional(),
  /**
   * Written by `kb import`: a content hash of the file as imported. When the file no longer
   * matches it, an editor changed it, and a re-import leaves it alone unless forced.
   */
  hash: z.string().regex(/^[0-9a-f]{16}$/, '16 hex digits written by kb import; delete the line if unsure').optional(),
});

/** Field order and docs here are what editors see in completion (and files list, steps last). */
export function faqShape(vocabulary: Vocabulary) {
  const siteNames = vocabulary.sites.map((site) => site.name) as [string, ...string[]];
  return {
    /** Stable ASCII id; the page lives at /faq/<id>/ and keeps its URL when the title changes. */
    id: z.string().regex(slugPattern, 'a lowercase ASCII slug such as valet-exit-not-processed'),
    /** The question as agents know it. */
    title: z.string().trim().min(1, 'the question as agents know it, e.g. 발레 출차처리가 되지 않았어요.'),
    /** Category path from the root, one level per item: [발레, 오류, 입/출차오인식]. */
    category: z.array(z.string().min(1)).min(1, 'at least the top level, e.g. [발레]'),
    /** Sites (현장) the script applies to. */
    sites: z
      .array(z.enum(siteNames, { error: (issue) => `unknown site ${JSON.stringify(issue.input)}; known sites: ${siteNames.join(', ')} (add new ones to vocabulary/sites.yaml)` }))
      .min(1, 'at least one site, e.g. [기타현장]'),
    /** The answer, in numbered steps. */
    steps: z.array(stepSchema).min(1, 'a script needs at least one step'),
    source: sourceSchema.optional(),
    /** When the script last changed. */
    updated: isoDate,
    /** When an editor last confirmed the script is still right. */
    reviewed: isoDate.optional(),
    /** Team or person responsible for the script. */
    owner: z.string().min(1).optional(),
    /** Short history, newest first. */
    changes: z.array(changeSchema).optional(),
    /** Extra search words (not shown): spoken wording agents hear from customers. */
    keywords: z.array(z.string().min(1)).optional(),
    /** Ids of related scripts (shown as links; `kb check` and the build reject unknown ids). */
    related: z.array(z.string().regex(slugPattern, 'the id of another FAQ, e.g. valet-exit-not-processed')).optional(),
  };
}

/** Builds the FAQ schema for one content directory's vocabularies. */
export function createFaqSchema(vocabulary: Vocabulary) {
  const categoryKeys = new Set(flattenCategories(vocabulary.categories).map((entry) => categoryKey(entry.names)));
  const slotNames = new Set(vocabulary.slots.map((slot) => slot.name));

  return z.strictObject(faqShape(vocabulary)).superRefine((faq, ctx) => {
    if (!categoryKeys.has(categoryKey(faq.category))) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: `unknown category "${categoryKey(faq.category)}"; use a path from vocabulary/categories.yaml, e.g. ${[...categoryKeys].at(-1)}`,
      });
    }
    for (const { block, path } of scriptBlocks(faq.steps)) {
      for (const name of blockTexts(block).flatMap(slotNamesIn)) {
        if (!slotNames.has(name)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `unknown slot "{{${name}}}"; known slots: ${[...slotNames].join(', ')} (define new ones in vocabulary/slots.yaml)`,
          });
        }
      }
    }
  });
}

export type Faq = z.output<ReturnType<typeof createFaqSchema>>;
