/**
 * Placeholders → named slots: `○○월 ○○일` becomes `{{paymentDate}}` or `{{usageDate}}` by the word
 * next to it (the slot's label without its last syllable: 결제일 → 결제, 이용일 → 이용), `OOO OOOO`
 * becomes `{{carNumber}}`. Whatever looks like a placeholder but matches no slot stays as text and
 * is reported, never dropped.
 */
import type { SlotDefinition } from '../model/slot';

export interface SlotFill {
  text: string;
  slots: string[];
  warnings: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The placeholder as a pattern that tolerates missing or extra spaces (`○○월○○일`). */
const placeholderPattern = (placeholder: string) =>
  new RegExp(placeholder.trim().split(/\s+/).map(escapeRegExp).join('\\s*'), 'g');

/** Placeholder-looking text: circles, runs of O/X used as blanks. */
const leftover = /[○◯●◎]+(?:\s*[○◯●◎월일원시분]+)*|(?<![A-Za-z])(?:O{2,}|X{2,}|x{3,})(?:\s+(?:O{2,}|X{2,}))*(?![A-Za-z])/g;

const contextWord = (slot: SlotDefinition) => (slot.label.length >= 2 ? slot.label.slice(0, -1) : slot.label);

export function fillSlots(line: string, slots: readonly SlotDefinition[]): SlotFill {
  const byPlaceholder = new Map<string, SlotDefinition[]>();
  for (const slot of slots) byPlaceholder.set(slot.placeholder, [...(byPlaceholder.get(slot.placeholder) ?? []), slot]);
  // Longest first, so `○○월 ○○일` is taken before a shorter placeholder inside it.
  const placeholders = [...byPlaceholder.keys()].sort((a, b) => b.length - a.length);
  const used: string[] = [];
  const warnings: string[] = [];
  let text = line;
  for (const placeholder of placeholders) {
    const candidates = byPlaceholder.get(placeholder)!;
    text = text.replace(placeholderPattern(placeholder), (match, offset: number, whole: string) => {
      let chosen: SlotDefinition | undefined = candidates.length === 1 ? candidates[0] : undefined;
      if (!chosen) {
        // Nearest context word wins: "○○월 ○○일 결제 건" → paymentDate.
        let bestDistance = Infinity;
        for (const slot of candidates) {
          const word = contextWord(slot);
          for (let at = whole.indexOf(word); at >= 0; at = whole.indexOf(word, at + 1)) {
            if (at >= offset && at < offset + match.length) continue;
            const distance = at < offset ? offset - (at + word.length) : at - (offset + match.length);
            if (distance < bestDistance) [bestDistance, chosen] = [distance, slot];
          }
        }
      }
      if (!chosen) {
        warnings.push(`placeholder "${match}" could be ${candidates.map((slot) => `{{${slot.name}}}`).join(' or ')}, but the line names none of ${candidates.map((slot) => contextWord(slot)).join('/')}; left as text`);
        return match;
      }
      used.push(chosen.name);
      return `{{${chosen.name}}}`;
    });
  }
  const unknown = [...text.replace(/\{\{[^{}]*\}\}/g, ' ').matchAll(leftover)].map((match) => match[0]);
  for (const placeholder of unknown) {
    if (placeholders.some((known) => placeholderPattern(known).test(placeholder))) continue;
    warnings.push(`unknown placeholder "${placeholder}" left as text; define a slot with this placeholder in vocabulary/slots.yaml and re-import`);
  }
  return { text, slots: used, warnings };
}
