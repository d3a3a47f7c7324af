/** Script lines as text and `{{slot}}` references; no zod, so browser code can import it. */

/** A `{{slotName}}` token inside a script line. */
const slotToken = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export type LinePart = { text: string } | { slot: string };

/**
 * Splits a script line into literal text and slot references.
 * @example parseLine('차량번호 {{carNumber}}는') → [{text:'차량번호 '},{slot:'carNumber'},{text:'는'}]
 */
export function parseLine(line: string): LinePart[] {
  const parts: LinePart[] = [];
  let last = 0;
  for (const match of line.matchAll(slotToken)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index) });
    parts.push({ slot: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/** Names of the slots a line uses, in order of appearance. */
export function slotNamesIn(line: string): string[] {
  return parseLine(line).flatMap((part) => ('slot' in part ? [part.slot] : []));
}
