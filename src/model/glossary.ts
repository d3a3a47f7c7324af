/** The glossary (용어집): service terms with definitions and the synonyms search expands. */
import { z } from 'astro/zod';
import { rejectDuplicates, slugPattern } from './vocabulary';

export const glossaryEntrySchema = z.strictObject({
  /** The term as the scripts write it, e.g. 발레패스. */
  term: z.string().min(1),
  /** ASCII anchor for /glossary/#<slug>. */
  slug: z.string().regex(slugPattern, 'lowercase ASCII words joined by "-", e.g. valet-pass'),
  /** One or two sentences for new agents; taken from the scripts, never new policy. */
  definition: z.string().min(1),
  /** Other words people use for it (search expands these to the term): 렌트카 → 렌트차량. */
  synonyms: z.array(z.string().min(1)).default([]),
  /** FAQ ids where the term matters. */
  related: z.array(z.string().regex(slugPattern)).default([]),
});
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

export const glossarySchema = z
  .array(glossaryEntrySchema)
  .superRefine((entries, ctx) => {
    rejectDuplicates(entries, ctx, 'term', 'term');
    rejectDuplicates(entries, ctx, 'slug', 'slug');
  });
