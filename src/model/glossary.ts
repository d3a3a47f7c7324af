/** The glossary (용어집): service terms with definitions and the synonyms search expands. */
import { z } from 'astro/zod';
import { rejectDuplicates, slugPattern } from './vocabulary';

export const glossaryEntrySchema = z.strictObject({
  /** The term as the scripts write it, e.g. 발레패스. */
  term: z.string().min(1).describe('용어'),
  /** ASCII anchor for /glossary/#<slug>. */
  slug: z.string().regex(slugPattern, 'lowercase ASCII words joined by "-", e.g. valet-pass').describe('주소용 영문 이름: 소문자·숫자·하이픈'),
  /** One or two sentences for new agents; taken from the scripts, never new policy. */
  definition: z.string().min(1).describe('뜻: 스크립트가 말하는 그대로'),
  /** Other words people use for it (search expands these to the term): 렌트카 → 렌트차량. */
  synonyms: z.array(z.string().min(1)).default([]).describe('같은 뜻의 다른 말 (검색에 쓰임)'),
  /** FAQ ids where the term matters. */
  related: z.array(z.string().regex(slugPattern)).default([]).describe('관련 스크립트의 id'),
});
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

export const glossarySchema = z
  .array(glossaryEntrySchema)
  .superRefine((entries, ctx) => {
    rejectDuplicates(entries, ctx, 'term', 'term');
    rejectDuplicates(entries, ctx, 'slug', 'slug');
  });
