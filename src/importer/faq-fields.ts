/**
 * The writers' view of the FAQ schema: which frontmatter fields exist, in which order files list
 * them, and which are short lists written on one line. Derived from the zod shape, so a field added
 * to the schema is written by `kb import` and `kb new` without touching the writers.
 */
import type { z } from 'astro/zod';
import { faqShape, sourceSchema } from '../model/faq';

export type FaqShape = Record<string, z.ZodType>;

/** The FAQ shape; the vocabulary only narrows values (site names), never which fields exist. */
export const faqFieldShape: FaqShape = faqShape({ categories: [], sites: [], slots: [] });

/** The one writer rule on top of the schema: the long part, the steps, comes last in a file. */
const lastField = 'steps';

/** Frontmatter keys in file order: the schema's order, steps last. */
export const fieldOrder = (shape: FaqShape = faqFieldShape) => [...Object.keys(shape).filter((key) => key !== lastField), ...(lastField in shape ? [lastField] : [])];

/** Keys of `source:` in the schema's order. */
export const sourceFieldOrder = Object.keys(sourceSchema.shape);

/** The schema inside optional/default/describe wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  for (let def = inner.def as { type: string; innerType?: z.ZodType }; (def.type === 'optional' || def.type === 'default') && def.innerType; def = inner.def as typeof def) inner = def.innerType;
  return inner;
}

/** Fields written as one-line lists (`sites: [에버랜드,코엑스]`): lists of plain words. */
export function flowFields(shape: FaqShape = faqFieldShape): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const def = unwrapped(schema).def as { type: string; element?: z.ZodType };
    return def.type === 'array' && def.element && ['string', 'enum'].includes(unwrapped(def.element).def.type) ? [key] : [];
  });
}
