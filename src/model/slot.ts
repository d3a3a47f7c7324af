/** Slots: the named, typed placeholders of a script line (`○○월 ○○일`, `OOO OOOO`, `○○○원`). */
import { z } from 'astro/zod';
import { parseLine } from './slot-line';

/** What kind of value a slot holds; later work formats and validates input by it. */
export const slotTypes = ['date', 'carNumber', 'amount', 'phone', 'time', 'text'] as const;
export type SlotType = (typeof slotTypes)[number];

export const slotNamePattern = /^[a-z][a-zA-Z0-9]*$/;

export const slotDefinitionSchema = z.strictObject({
  /** Identifier used in script lines as `{{name}}` (lowerCamelCase ASCII). */
  name: z.string().regex(slotNamePattern, 'lowerCamelCase ASCII, e.g. carNumber').describe('자리표시 이름: 문장에 {{이름}}으로 씀 (영문 lowerCamelCase)'),
  /** Korean label shown in the 상담 정보 panel, e.g. 차량번호. */
  label: z.string().min(1).describe('상담 정보 입력칸 이름 (예: 차량번호)'),
  /** Value type. */
  type: z.enum(slotTypes).describe('값의 종류: date 날짜, carNumber 차량번호, amount 금액, phone 전화번호, time 시각, text 글'),
  /** Text shown while the slot is empty, exactly as the export writes it, e.g. `OOO OOOO`. */
  placeholder: z.string().min(1).describe('비어 있을 때 보이는 글 (내보내기 그대로, 예: OOO OOOO)'),
  /** One-line help for agents and editors. */
  description: z.string().optional().describe('설명'),
}).describe('자리표시');
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
