/** A script line with the agent's slot values in it, as text to say or copy: one definition for page and clipboard. */
import type { SlotDefinition } from '../model/slot';
import { parseLine } from '../model/slot-line';
import { readsDigitByDigit, slotValueText } from '../model/slot-value';
import { particleAt, particleFor } from './particle';

export type SlotValues = ReadonlyMap<string, string>;
/** What filling needs of a slot definition (the page sends only these to the browser). */
export type SlotFields = Pick<SlotDefinition, 'name' | 'label' | 'type' | 'placeholder'>;
export type SlotDefinitions = ReadonlyMap<string, SlotFields>;

/** What one slot shows: the formatted value, or the placeholder as the export wrote it. */
export function slotText(name: string, values: SlotValues, slots: SlotDefinitions): { text: string; filled: boolean } {
  const slot = slots.get(name);
  const raw = values.get(name)?.trim();
  if (!raw) return { text: slot?.placeholder ?? name, filled: false };
  return { text: slot ? slotValueText(slot.type, raw) : raw, filled: true };
}

/** The particle after a filled slot, in the form its value takes. */
export function particleAfterSlot(name: string, shown: string, pair: Parameters<typeof particleFor>[1], slots: SlotDefinitions): string {
  const type = slots.get(name)?.type;
  return particleFor(shown, pair, type && readsDigitByDigit(type) ? 'digits' : 'number');
}

/**
 * The line as the agent says it: slots filled (or their placeholders) and particles that follow them.
 * @example fillLine('차량번호 {{carNumber}}는 맞을까요?', new Map([['carNumber', '12가3456']]), slots) → '차량번호 12가3456은 맞을까요?'
 */
export function fillLine(template: string, values: SlotValues, slots: SlotDefinitions): string {
  let out = '';
  let previous: { name: string; text: string; filled: boolean } | undefined;
  for (const part of parseLine(template)) {
    if ('slot' in part) {
      previous = { name: part.slot, ...slotText(part.slot, values, slots) };
      out += previous.text;
      continue;
    }
    const particle = previous?.filled ? particleAt(part.text) : undefined;
    out += particle && previous ? particleAfterSlot(previous.name, previous.text, particle.pair, slots) + part.text.slice(particle.written.length) : part.text;
    previous = undefined;
  }
  return out;
}
