/** Slots: the named, typed placeholders of a script line (`○○월 ○○일`, `OOO OOOO`, `○○○원`). */
import { z } from 'astro/zod';
import { parseLine } from './slot-line';

/** What kind of value a slot holds; later work formats and validates input by it. */
export const slotTypes = ['date', 'carNumber', 'amount', 'phone', 'time', 'text'] as const;
export type SlotType = (typeof slotTypes)[number];

export const slotNamePattern = /^[a-z][a-zA-Z0-9]*$/;

export const slotDefinitionSchema = z.strictObject({
  /** Identifier used in script lines as `{{name}}` (lowerCamelCase ASCII). */
  name: z.string().regex(slotNamePattern, 'lowerCamelCase ASCII, e.g. carNumber'),
  /** Korean label shown in the 상담 정보 panel, e.g. 차량번호. */
  label: z.string().min(1),
  /** Value type. */
  type: z.enum(slotTypes),
  /** Text shown while the slot is empty, exactly as the export writes it, e.g. `OOO OOOO`. */
  placeholder: z.string().min(1),
  /** One-line help for agents and editors. */
  description: z.string().optional(),
});
export type SlotDefinition = z.output<typeof slotDefinitionSchema>;

export const slotRegistrySchema = z
  .array(slotDefinitionSchema)
  .min(1)
  .superRefine((slots, ctx) => {
    const seen = new Set<string>();
    slots.forEach((slot, index) => {
      if (seen.has(slot.name)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `duplicate slot name "${slot.name}"; each slot is defined once`,
        });
      }
      seen.add(slot.name);
    });
  });

/** Parsing lives in a zod-free module so browser code can use it without shipping the schema. */
export { parseLine, slotNamesIn, type LinePart } from './slot-line';

/** The line as the export wrote it: every slot replaced by its placeholder. */
export function lineWithPlaceholders(line: string, slots: ReadonlyMap<string, SlotDefinition>): string {
  return parseLine(line)
    .map((part) => ('slot' in part ? (slots.get(part.slot)?.placeholder ?? part.slot) : part.text))
    .join('');
}
